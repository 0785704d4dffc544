using System.Collections.Immutable;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>
/// A clinical study of a stem cell therapy: who ran it, in which disease, what participants received, what was
/// found, how safe it was, and the sources that report it.
/// </summary>
/// <remarks>
/// <para>
/// A study holds what its sources state and nothing more. Only the id, title and disease are required; a source that
/// gives no phase, status, enrollment, dates or registry ids leaves them empty (null, or an empty list) rather than
/// guessed, and one that says only "a 2023 study" gives <see cref="ReportedIn"/> the year 2023 and no month.
/// </para>
/// <para>
/// Construction rejects what is wrong within one value (see the constructor's exceptions). <see cref="Validate()"/>
/// reports every problem between the study's parts at once: a course of another disease (<c>courses[i]</c>), a
/// transplant of cells that are not hematopoietic (<c>interventions[i].stemCellType</c>), a finding, safety profile
/// or study that cites no source (<c>findings[i].sourceIds</c>, <c>safety.sourceIds</c>, <c>sourceIds</c>), evidence
/// for a term that is not one of the study's values (<c>evidence[i].code</c>) or from a source the study does not cite
/// (<c>evidence[i].sourceId</c>).
/// <see cref="EvidenceDataset.Validate"/> adds the checks that need the whole dataset (unique ids, known sources).
/// </para>
/// <para>
/// Equality: equal when every property is equal, lists compared element by element in order. Build a changed copy
/// with <see cref="ToBuilder"/>.
/// </para>
/// </remarks>
public sealed record Study
{
    /// <summary>Initializes a new instance of the <see cref="Study"/> class.</summary>
    /// <param name="id">The study's id in its dataset: a lower-kebab-case slug such as <c>cambridge-msc-rrms-2023</c>.</param>
    /// <param name="title">A short descriptive title.</param>
    /// <param name="disease">The disease studied.</param>
    /// <param name="institutions">The institutions that ran or reported the study.</param>
    /// <param name="courses">The courses of <paramref name="disease"/> the participants had; empty when the sources do not say.</param>
    /// <param name="phase">The trial phase, or null when the sources do not state one.</param>
    /// <param name="status">The study's status, or null when the sources do not state one.</param>
    /// <param name="designs">Features of the design, such as randomized or open label; empty when the sources do not say.</param>
    /// <param name="enrollment">How many participants were enrolled, or null when the sources do not say.</param>
    /// <param name="enrollmentActuality">Whether <paramref name="enrollment"/> is the actual count or a target, or null when the sources do not say.</param>
    /// <param name="reportedIn">When the sources date the study or its results, as precisely as they do, or null.</param>
    /// <param name="startDate">When the study started, or null when the sources do not say.</param>
    /// <param name="startDateActuality">Whether <paramref name="startDate"/> has passed or is expected, or null when the sources do not say.</param>
    /// <param name="completionDate">When the study was completed, or null when the sources do not say.</param>
    /// <param name="completionDateActuality">Whether <paramref name="completionDate"/> has passed or is expected, or null when the sources do not say.</param>
    /// <param name="registryIdentifiers">The study's registry identifiers; empty when the sources name none.</param>
    /// <param name="interventions">What the participants received.</param>
    /// <param name="outcomeMeasures">The outcome measures the study registered or reports, each once; empty when the sources do not say.</param>
    /// <param name="clinicalScales">The clinical scales the study measures with, such as ALSFRS-R or EDSS, each once; empty when the sources do not say.</param>
    /// <param name="findings">The outcomes the sources report.</param>
    /// <param name="mechanisms">How the sources say the therapy may work; empty when they do not say.</param>
    /// <param name="safety">What the sources say about safety, or null when they say nothing.</param>
    /// <param name="evidence">The sources' exact phrases that the study's values rest on; empty when none is recorded.</param>
    /// <param name="sourceIds">The ids of the dataset sources that report the study.</param>
    /// <param name="notes">Free-text notes, such as how the sources' wording was read, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="disease"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or a source id is not a slug; a text is blank or padded; a list contains a null;
    /// <paramref name="outcomeMeasures"/> or <paramref name="clinicalScales"/> names a term twice; or an
    /// actuality is given without its value (<paramref name="enrollmentActuality"/> without <paramref name="enrollment"/>,
    /// <paramref name="startDateActuality"/> without <paramref name="startDate"/>, <paramref name="completionDateActuality"/>
    /// without <paramref name="completionDate"/>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="enrollment"/> is negative, or <paramref name="completionDate"/> ends before <paramref name="startDate"/> begins.
    /// </exception>
    public Study(
        string id,
        string title,
        Disease disease,
        IEnumerable<Institution>? institutions = null,
        IEnumerable<DiseaseCourse>? courses = null,
        TrialPhase? phase = null,
        StudyStatus? status = null,
        IEnumerable<StudyDesign>? designs = null,
        int? enrollment = null,
        Actuality? enrollmentActuality = null,
        PartialDate? reportedIn = null,
        PartialDate? startDate = null,
        Actuality? startDateActuality = null,
        PartialDate? completionDate = null,
        Actuality? completionDateActuality = null,
        IEnumerable<RegistryIdentifier>? registryIdentifiers = null,
        IEnumerable<Intervention>? interventions = null,
        IEnumerable<OutcomeMeasure>? outcomeMeasures = null,
        IEnumerable<ClinicalScale>? clinicalScales = null,
        IEnumerable<Finding>? findings = null,
        IEnumerable<ProposedMechanism>? mechanisms = null,
        SafetyProfile? safety = null,
        IEnumerable<TermEvidence>? evidence = null,
        IEnumerable<string>? sourceIds = null,
        string? notes = null)
        : this(
            id,
            title,
            disease,
            institutions,
            courses,
            phase,
            status,
            designs,
            enrollment,
            enrollmentActuality,
            reportedIn,
            startDate,
            startDateActuality,
            completionDate,
            completionDateActuality,
            registryIdentifiers,
            interventions,
            outcomeMeasures,
            clinicalScales,
            findings,
            mechanisms,
            safety,
            evidence,
            sourceIds,
            notes,
            problems: null)
    {
    }

    private Study(
        string id,
        string title,
        Disease disease,
        IEnumerable<Institution>? institutions,
        IEnumerable<DiseaseCourse>? courses,
        TrialPhase? phase,
        StudyStatus? status,
        IEnumerable<StudyDesign>? designs,
        int? enrollment,
        Actuality? enrollmentActuality,
        PartialDate? reportedIn,
        PartialDate? startDate,
        Actuality? startDateActuality,
        PartialDate? completionDate,
        Actuality? completionDateActuality,
        IEnumerable<RegistryIdentifier>? registryIdentifiers,
        IEnumerable<Intervention>? interventions,
        IEnumerable<OutcomeMeasure>? outcomeMeasures,
        IEnumerable<ClinicalScale>? clinicalScales,
        IEnumerable<Finding>? findings,
        IEnumerable<ProposedMechanism>? mechanisms,
        SafetyProfile? safety,
        IEnumerable<TermEvidence>? evidence,
        IEnumerable<string>? sourceIds,
        string? notes,
        ProblemCollector? problems)
    {
        Id = Preconditions.CheckSlug(id, problems);
        Title = Preconditions.CheckNotBlank(title, problems);
        Disease = Preconditions.CheckNotNull(disease, problems);
        Institutions = Preconditions.CheckElementsNotNull(institutions, problems);
        Courses = Preconditions.CheckElementsNotNull(courses, problems);
        Phase = phase;
        Status = status;
        Designs = Preconditions.CheckElementsNotNull(designs, problems);
        Preconditions.CheckArgumentRange(enrollment is null or >= 0, problems, nameof(enrollment), enrollment, "An enrollment must be zero or more.");
        Enrollment = enrollment;
        EnrollmentActuality = CheckActuality(enrollmentActuality, enrollment is not null, problems, nameof(enrollmentActuality), "an enrollment");
        ReportedIn = reportedIn;
        StartDate = startDate;
        StartDateActuality = CheckActuality(startDateActuality, startDate is not null, problems, nameof(startDateActuality), "a start date");
        Preconditions.CheckRuleRange(
            startDate is not { } start || completionDate is not { } end || start.FirstDay <= end.LastDay
                ? null
                : $"The completion date {completionDate} ends before the start date {startDate} begins.",
            problems,
            nameof(completionDate),
            completionDate);
        CompletionDate = completionDate;
        CompletionDateActuality = CheckActuality(completionDateActuality, completionDate is not null, problems, nameof(completionDateActuality), "a completion date");
        RegistryIdentifiers = Preconditions.CheckElementsNotNull(registryIdentifiers, problems);
        Interventions = Preconditions.CheckElementsNotNull(interventions, problems);
        OutcomeMeasures = Preconditions.CheckElementsDistinct(outcomeMeasures, problems);
        ClinicalScales = Preconditions.CheckElementsDistinct(clinicalScales, problems);
        Findings = Preconditions.CheckElementsNotNull(findings, problems);
        Mechanisms = Preconditions.CheckElementsNotNull(mechanisms, problems);
        Safety = safety;
        Evidence = Preconditions.CheckElementsNotNull(evidence, problems);
        SourceIds = Preconditions.CheckElementsAreSlugs(sourceIds, problems);
        Notes = Preconditions.CheckNullOrNotBlank(notes, problems);
    }

    /// <summary>Gets the study's id in its dataset.</summary>
    /// <value>A lower-kebab-case slug, unique among the dataset's studies.</value>
    public string Id { get; }

    /// <summary>Gets a short descriptive title.</summary>
    /// <value>The title.</value>
    public string Title { get; }

    /// <summary>Gets the institutions that ran or reported the study.</summary>
    /// <value>Institutions in the order given.</value>
    public ImmutableArray<Institution> Institutions { get; }

    /// <summary>Gets the disease studied.</summary>
    /// <value>A disease, such as multiple sclerosis.</value>
    public Disease Disease { get; }

    /// <summary>Gets the courses of the disease the participants had.</summary>
    /// <value>Courses of <see cref="Disease"/>; empty when the sources do not say.</value>
    public ImmutableArray<DiseaseCourse> Courses { get; }

    /// <summary>Gets the trial phase.</summary>
    /// <value>A phase, or null when the sources do not state one.</value>
    public TrialPhase? Phase { get; }

    /// <summary>Gets the study's status.</summary>
    /// <value>A status, or null when the sources do not state one.</value>
    public StudyStatus? Status { get; }

    /// <summary>Gets features of the study's design.</summary>
    /// <value>Design features such as randomized or open label; empty when the sources do not say.</value>
    public ImmutableArray<StudyDesign> Designs { get; }

    /// <summary>Gets how many participants were enrolled.</summary>
    /// <value>A count of zero or more, or null when the sources do not say.</value>
    public int? Enrollment { get; }

    /// <summary>Gets whether <see cref="Enrollment"/> counts the participants actually enrolled or is the number the study plans to enroll.</summary>
    /// <value><see cref="Actuality.Actual"/> or <see cref="Actuality.Estimated"/>; null when there is no enrollment or the sources do not say.</value>
    public Actuality? EnrollmentActuality { get; }

    /// <summary>Gets when the sources date the study or its results.</summary>
    /// <value>A year, month or day as precise as the sources are, or null.</value>
    public PartialDate? ReportedIn { get; }

    /// <summary>Gets when the study started.</summary>
    /// <value>A year, month or day, or null when the sources do not say.</value>
    public PartialDate? StartDate { get; }

    /// <summary>Gets whether <see cref="StartDate"/> is when the study actually started or when it is expected to.</summary>
    /// <value><see cref="Actuality.Actual"/> or <see cref="Actuality.Estimated"/>; null when there is no start date or the sources do not say.</value>
    public Actuality? StartDateActuality { get; }

    /// <summary>Gets when the study was completed.</summary>
    /// <value>A year, month or day that does not end before <see cref="StartDate"/> begins, or null.</value>
    public PartialDate? CompletionDate { get; }

    /// <summary>Gets whether <see cref="CompletionDate"/> is when the study actually completed or when it is expected to.</summary>
    /// <value><see cref="Actuality.Actual"/> or <see cref="Actuality.Estimated"/>; null when there is no completion date or the sources do not say.</value>
    public Actuality? CompletionDateActuality { get; }

    /// <summary>Gets the study's registry identifiers.</summary>
    /// <value>Identifiers such as NCT numbers; empty when the sources name none.</value>
    public ImmutableArray<RegistryIdentifier> RegistryIdentifiers { get; }

    /// <summary>Gets what the participants received.</summary>
    /// <value>Interventions in the order given.</value>
    public ImmutableArray<Intervention> Interventions { get; }

    /// <summary>Gets the outcome measures the study registered or reports.</summary>
    /// <value>
    /// Outcome measures, each once, in the order given; empty when the sources do not say. A registry record lists what
    /// a study will measure before there is any <see cref="Findings">finding</see>.
    /// </value>
    public ImmutableArray<OutcomeMeasure> OutcomeMeasures { get; }

    /// <summary>Gets the clinical scales the study measures with.</summary>
    /// <value>Scales such as ALSFRS-R or EDSS, each once, in the order given; empty when the sources do not say.</value>
    public ImmutableArray<ClinicalScale> ClinicalScales { get; }

    /// <summary>Gets the outcomes the sources report.</summary>
    /// <value>Findings in the order given.</value>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets how the sources say the therapy may work.</summary>
    /// <value>Proposed mechanisms in the order given; empty when the sources do not say.</value>
    public ImmutableArray<ProposedMechanism> Mechanisms { get; }

    /// <summary>Gets what the sources say about the study's safety.</summary>
    /// <value>A safety profile, or null when the sources say nothing about safety.</value>
    public SafetyProfile? Safety { get; }

    /// <summary>Gets the sources' exact phrases that the study's values rest on.</summary>
    /// <value>
    /// Evidence in the order given, each for one of the study's values (see <see cref="Validate()"/>) and citing one of
    /// its <see cref="SourceIds"/>; empty when none is recorded.
    /// </value>
    public ImmutableArray<TermEvidence> Evidence { get; }

    /// <summary>Gets the ids of the dataset sources that report the study.</summary>
    /// <value>Slugs of <see cref="Source.Id"/>s, in the order given; validation requires at least one.</value>
    public ImmutableArray<string> SourceIds { get; }

    /// <summary>Gets free-text notes about the study.</summary>
    /// <value>Notes, or null.</value>
    public string? Notes { get; }

    /// <summary>Creates a study, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The study, or null when a problem was added.</returns>
    internal static Study? Create(
        ProblemCollector problems,
        string id,
        string title,
        Disease disease,
        IEnumerable<Institution>? institutions = null,
        IEnumerable<DiseaseCourse>? courses = null,
        TrialPhase? phase = null,
        StudyStatus? status = null,
        IEnumerable<StudyDesign>? designs = null,
        int? enrollment = null,
        Actuality? enrollmentActuality = null,
        PartialDate? reportedIn = null,
        PartialDate? startDate = null,
        Actuality? startDateActuality = null,
        PartialDate? completionDate = null,
        Actuality? completionDateActuality = null,
        IEnumerable<RegistryIdentifier>? registryIdentifiers = null,
        IEnumerable<Intervention>? interventions = null,
        IEnumerable<OutcomeMeasure>? outcomeMeasures = null,
        IEnumerable<ClinicalScale>? clinicalScales = null,
        IEnumerable<Finding>? findings = null,
        IEnumerable<ProposedMechanism>? mechanisms = null,
        SafetyProfile? safety = null,
        IEnumerable<TermEvidence>? evidence = null,
        IEnumerable<string>? sourceIds = null,
        string? notes = null) =>
        problems.Keep(
            problems.Count,
            new Study(
                id,
                title,
                disease,
                institutions,
                courses,
                phase,
                status,
                designs,
                enrollment,
                enrollmentActuality,
                reportedIn,
                startDate,
                startDateActuality,
                completionDate,
                completionDateActuality,
                registryIdentifiers,
                interventions,
                outcomeMeasures,
                clinicalScales,
                findings,
                mechanisms,
                safety,
                evidence,
                sourceIds,
                notes,
                problems));

    /// <summary>Creates a builder holding this study's values, to build a changed copy.</summary>
    /// <returns>A new builder.</returns>
    public StudyBuilder ToBuilder() => new(this);

    /// <summary>Checks the study's parts against each other and reports every problem at once.</summary>
    /// <returns>
    /// A report whose paths are relative to the study (<c>courses[0]</c>, <c>findings[1].sourceIds</c>). Whether the
    /// cited sources exist is checked by <see cref="EvidenceDataset.Validate"/>, which knows them.
    /// </returns>
    public ValidationReport Validate()
    {
        var problems = new ProblemCollector();
        Validate(problems, knownSourceIds: null);
        return problems.ToReport();
    }

    /// <inheritdoc />
    public bool Equals(Study? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Title == other.Title
            && Disease == other.Disease
            && SequenceEquality.Equal(Institutions, other.Institutions)
            && SequenceEquality.Equal(Courses, other.Courses)
            && Phase == other.Phase
            && Status == other.Status
            && SequenceEquality.Equal(Designs, other.Designs)
            && Enrollment == other.Enrollment
            && EnrollmentActuality == other.EnrollmentActuality
            && ReportedIn == other.ReportedIn
            && StartDate == other.StartDate
            && StartDateActuality == other.StartDateActuality
            && CompletionDate == other.CompletionDate
            && CompletionDateActuality == other.CompletionDateActuality
            && SequenceEquality.Equal(RegistryIdentifiers, other.RegistryIdentifiers)
            && SequenceEquality.Equal(Interventions, other.Interventions)
            && SequenceEquality.Equal(OutcomeMeasures, other.OutcomeMeasures)
            && SequenceEquality.Equal(ClinicalScales, other.ClinicalScales)
            && SequenceEquality.Equal(Findings, other.Findings)
            && SequenceEquality.Equal(Mechanisms, other.Mechanisms)
            && Safety == other.Safety
            && SequenceEquality.Equal(Evidence, other.Evidence)
            && SequenceEquality.Equal(SourceIds, other.SourceIds)
            && Notes == other.Notes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Disease);
        SequenceEquality.AddTo(ref hash, Institutions);
        SequenceEquality.AddTo(ref hash, Courses);
        hash.Add(Phase);
        hash.Add(Status);
        SequenceEquality.AddTo(ref hash, Designs);
        hash.Add(Enrollment);
        hash.Add(EnrollmentActuality);
        hash.Add(ReportedIn);
        hash.Add(StartDate);
        hash.Add(StartDateActuality);
        hash.Add(CompletionDate);
        hash.Add(CompletionDateActuality);
        SequenceEquality.AddTo(ref hash, RegistryIdentifiers);
        SequenceEquality.AddTo(ref hash, Interventions);
        SequenceEquality.AddTo(ref hash, OutcomeMeasures);
        SequenceEquality.AddTo(ref hash, ClinicalScales);
        SequenceEquality.AddTo(ref hash, Findings);
        SequenceEquality.AddTo(ref hash, Mechanisms);
        hash.Add(Safety);
        SequenceEquality.AddTo(ref hash, Evidence);
        SequenceEquality.AddTo(ref hash, SourceIds);
        hash.Add(Notes);
        return hash.ToHashCode();
    }

    /// <summary>Returns the study's id and title.</summary>
    /// <returns>Text such as <c>cambridge-msc-rrms-2023: Mesenchymal stem cells in relapsing-remitting MS</c>.</returns>
    public override string ToString() => $"{Id}: {Title}";

    /// <summary>The terms evidence can support: the study's own values, and its interventions'.</summary>
    /// <summary>Whether a term is one of the study's own values, which evidence can support. No set is built: reading checks every study.</summary>
    private bool HasValue(IVocabularyTerm term) => term switch
    {
        Disease disease => disease == Disease,
        DiseaseCourse course => Courses.Contains(course),
        StudyDesign design => Designs.Contains(design),
        OutcomeMeasure measure => OutcomeMeasures.Contains(measure),
        ClinicalScale scale => ClinicalScales.Contains(scale),
        TrialPhase phase => phase == Phase,
        StudyStatus status => status == Status,
        StemCellType or DeliveryRoute or TissueSource or DonorOrigin => AnInterventionHas(term),
        _ => false,
    };

    // A loop, not a LINQ query with a lambda: a dataset's evidence asks this hundreds of times in a read.
    private bool AnInterventionHas(IVocabularyTerm term)
    {
        foreach (var intervention in Interventions)
        {
            // Terms are singletons, so a term is one of the intervention's when it is the same object.
            if (ReferenceEquals(term, intervention.StemCellType) || ReferenceEquals(term, intervention.TissueSource)
                || ReferenceEquals(term, intervention.DonorOrigin) || (term is DeliveryRoute route && intervention.DeliveryRoutes.Contains(route)))
            {
                return true;
            }
        }

        return false;
    }

    private void ValidateEvidence(ProblemCollector problems, IReadOnlySet<string>? knownSourceIds)
    {
        if (Evidence.IsEmpty)
        {
            return;
        }

        using var list = problems.At("evidence");
        for (var i = 0; i < Evidence.Length; i++)
        {
            var evidence = Evidence[i];
            using var element = problems.AtElement(i);
            if (!HasValue(evidence.Term))
            {
                problems.Add(
                    "code",
                    $"The evidence is for the {evidence.Term.VocabularyName} '{evidence.Term.Code}', which is not one of the study's values; evidence supports a value the study states.");
            }

            if (knownSourceIds is not null && !knownSourceIds.Contains(evidence.SourceId))
            {
                problems.Add("sourceId", $"'{evidence.SourceId}' is not the id of a source in this dataset.");
            }
            else if (!SourceIds.Contains(evidence.SourceId))
            {
                problems.Add("sourceId", $"'{evidence.SourceId}' is not one of the study's sourceIds; evidence comes from a source that reports the study.");
            }
        }
    }

    private static Actuality? CheckActuality(Actuality? actuality, bool hasValue, ProblemCollector? problems, string paramName, string value)
    {
        if (actuality is { } given)
        {
            // The messages are made only for an actuality that breaks a rule: reading builds thousands of studies.
            Preconditions.CheckRule(
                Enum.IsDefined(given) ? null : $"{(int)given} is not an actuality; expected {nameof(Actuality.Actual)} or {nameof(Actuality.Estimated)}.", problems, paramName);
            Preconditions.CheckRule(
                hasValue ? null : $"The actuality of {value} is given, but not {value}; a source that states neither leaves both out.", problems, paramName);
        }

        return actuality;
    }

    /// <summary>Every source id the study cites: its own, its findings', its safety's and its evidence's.</summary>
    internal IEnumerable<string> CitedSourceIds() =>
        SourceIds
            .Concat(Findings.SelectMany(f => f.SourceIds))
            .Concat(Safety?.SourceIds ?? [])
            .Concat(Evidence.Select(e => e.SourceId));

    /// <summary>Adds the study's problems where <paramref name="problems"/> is, checking cited sources when <paramref name="knownSourceIds"/> is given.</summary>
    internal void Validate(ProblemCollector problems, IReadOnlySet<string>? knownSourceIds)
    {
        for (var i = 0; i < Courses.Length; i++)
        {
            var course = Courses[i];
            if (course.Disease != Disease)
            {
                problems.Add(
                    ProblemCollector.Element("courses", i),
                    $"'{course.Code}' is a course of {course.Disease.Code}, not of the study's disease, {Disease.Code}.");
            }
        }

        using (problems.At("interventions"))
        {
            for (var i = 0; i < Interventions.Length; i++)
            {
                using var element = problems.AtElement(i);
                Interventions[i].Validate(problems);
            }
        }

        using (problems.At("findings"))
        {
            for (var i = 0; i < Findings.Length; i++)
            {
                using var element = problems.AtElement(i);
                Findings[i].Validate(problems, knownSourceIds);
            }
        }

        if (Safety is not null)
        {
            using var safety = problems.At("safety");
            Safety.Validate(problems, knownSourceIds);
        }

        ValidateEvidence(problems, knownSourceIds);

        SourceCitations.Validate(problems, "sourceIds", SourceIds, "A study", knownSourceIds);
    }
}
