using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>A mutable set of a <see cref="Study"/>'s values, for building a study one part at a time or a changed copy of one.</summary>
/// <remarks>
/// <para>
/// The builder checks nothing until <see cref="Build"/>, which passes its values to the <see cref="Study"/>
/// constructor; the constructor's exceptions name the parameter, which is the camelCase name of the builder's
/// property. Lists are filled with collection initializers:
/// <c>new StudyBuilder(id, title, disease) { Courses = { DiseaseCourse.RelapsingRemittingMs } }.Build()</c>.
/// </para>
/// <para>
/// Unlike the model types, a builder is mutable and not thread-safe; use it on one thread and keep the study it builds.
/// </para>
/// </remarks>
public sealed class StudyBuilder
{
    /// <summary>Initializes a new instance of the <see cref="StudyBuilder"/> class with the study's required values.</summary>
    /// <param name="id">The study's id: a lower-kebab-case slug.</param>
    /// <param name="title">A short descriptive title.</param>
    /// <param name="disease">The disease studied.</param>
    public StudyBuilder(string id, string title, Disease disease)
    {
        Id = id;
        Title = title;
        Disease = disease;
    }

    /// <summary>Initializes a new instance of the <see cref="StudyBuilder"/> class holding a study's values.</summary>
    /// <param name="study">The study to copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="study"/> is null.</exception>
    public StudyBuilder(Study study)
    {
        Preconditions.CheckNotNull(study);
        Id = study.Id;
        Title = study.Title;
        Disease = study.Disease;
        Institutions = [.. study.Institutions];
        Courses = [.. study.Courses];
        Phase = study.Phase;
        Status = study.Status;
        Designs = [.. study.Designs];
        Enrollment = study.Enrollment;
        EnrollmentActuality = study.EnrollmentActuality;
        ReportedIn = study.ReportedIn;
        StartDate = study.StartDate;
        StartDateActuality = study.StartDateActuality;
        CompletionDate = study.CompletionDate;
        CompletionDateActuality = study.CompletionDateActuality;
        RegistryIdentifiers = [.. study.RegistryIdentifiers];
        Interventions = [.. study.Interventions];
        OutcomeMeasures = [.. study.OutcomeMeasures];
        ClinicalScales = [.. study.ClinicalScales];
        Findings = [.. study.Findings];
        Mechanisms = [.. study.Mechanisms];
        Safety = study.Safety;
        Evidence = [.. study.Evidence];
        SourceIds = [.. study.SourceIds];
        Notes = study.Notes;
    }

    /// <summary>Gets or sets the study's id.</summary>
    /// <value>A lower-kebab-case slug.</value>
    public string Id { get; set; }

    /// <summary>Gets or sets the study's title.</summary>
    /// <value>A short descriptive title.</value>
    public string Title { get; set; }

    /// <summary>Gets or sets the disease studied.</summary>
    /// <value>A disease.</value>
    public Disease Disease { get; set; }

    /// <summary>Gets the institutions that ran or reported the study.</summary>
    /// <value>A list to fill.</value>
    public IList<Institution> Institutions { get; } = [];

    /// <summary>Gets the courses of the disease the participants had.</summary>
    /// <value>A list to fill.</value>
    public IList<DiseaseCourse> Courses { get; } = [];

    /// <summary>Gets or sets the trial phase.</summary>
    /// <value>A phase, or null.</value>
    public TrialPhase? Phase { get; set; }

    /// <summary>Gets or sets the study's status.</summary>
    /// <value>A status, or null.</value>
    public StudyStatus? Status { get; set; }

    /// <summary>Gets features of the study's design.</summary>
    /// <value>A list to fill.</value>
    public IList<StudyDesign> Designs { get; } = [];

    /// <summary>Gets or sets how many participants were enrolled.</summary>
    /// <value>A count, or null.</value>
    public int? Enrollment { get; set; }

    /// <summary>Gets or sets whether the enrollment is the actual count or a target.</summary>
    /// <value>An actuality, or null.</value>
    public Actuality? EnrollmentActuality { get; set; }

    /// <summary>Gets or sets when the sources date the study or its results.</summary>
    /// <value>A partial date, or null.</value>
    public PartialDate? ReportedIn { get; set; }

    /// <summary>Gets or sets when the study started.</summary>
    /// <value>A partial date, or null.</value>
    public PartialDate? StartDate { get; set; }

    /// <summary>Gets or sets whether the start date has passed or is expected.</summary>
    /// <value>An actuality, or null.</value>
    public Actuality? StartDateActuality { get; set; }

    /// <summary>Gets or sets when the study was completed.</summary>
    /// <value>A partial date, or null.</value>
    public PartialDate? CompletionDate { get; set; }

    /// <summary>Gets or sets whether the completion date has passed or is expected.</summary>
    /// <value>An actuality, or null.</value>
    public Actuality? CompletionDateActuality { get; set; }

    /// <summary>Gets the study's registry identifiers.</summary>
    /// <value>A list to fill.</value>
    public IList<RegistryIdentifier> RegistryIdentifiers { get; } = [];

    /// <summary>Gets what the participants received.</summary>
    /// <value>A list to fill.</value>
    public IList<Intervention> Interventions { get; } = [];

    /// <summary>Gets the outcome measures the study registered or reports.</summary>
    /// <value>A list to fill.</value>
    public IList<OutcomeMeasure> OutcomeMeasures { get; } = [];

    /// <summary>Gets the clinical scales the study measures with.</summary>
    /// <value>A list to fill.</value>
    public IList<ClinicalScale> ClinicalScales { get; } = [];

    /// <summary>Gets the outcomes the sources report.</summary>
    /// <value>A list to fill.</value>
    public IList<Finding> Findings { get; } = [];

    /// <summary>Gets how the sources say the therapy may work.</summary>
    /// <value>A list to fill.</value>
    public IList<ProposedMechanism> Mechanisms { get; } = [];

    /// <summary>Gets or sets what the sources say about safety.</summary>
    /// <value>A safety profile, or null.</value>
    public SafetyProfile? Safety { get; set; }

    /// <summary>Gets the sources' exact phrases that the study's values rest on.</summary>
    /// <value>A list to fill.</value>
    public IList<TermEvidence> Evidence { get; } = [];

    /// <summary>Gets the ids of the dataset sources that report the study.</summary>
    /// <value>A list to fill.</value>
    public IList<string> SourceIds { get; } = [];

    /// <summary>Gets or sets free-text notes about the study.</summary>
    /// <value>Notes, or null.</value>
    public string? Notes { get; set; }

    /// <summary>Builds a study from the builder's current values; the builder can be changed and used again.</summary>
    /// <returns>A new immutable study that shares nothing with the builder.</returns>
    /// <exception cref="ArgumentNullException">A required value is null (see the <see cref="Study"/> constructor).</exception>
    /// <exception cref="ArgumentException">A value is rejected by the <see cref="Study"/> constructor, which names it.</exception>
    public Study Build() =>
        new(
            Id,
            Title,
            Disease,
            Institutions,
            Courses,
            Phase,
            Status,
            Designs,
            Enrollment,
            EnrollmentActuality,
            ReportedIn,
            StartDate,
            StartDateActuality,
            CompletionDate,
            CompletionDateActuality,
            RegistryIdentifiers,
            Interventions,
            OutcomeMeasures,
            ClinicalScales,
            Findings,
            Mechanisms,
            Safety,
            Evidence,
            SourceIds,
            Notes);
}
