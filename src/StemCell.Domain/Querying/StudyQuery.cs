using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Querying;

/// <summary>
/// A question about the studies of a <see cref="DatasetIndex"/>, built up one criterion at a time and answered by
/// <see cref="Execute"/>: <c>index.Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).WithCellType(StemCellType.Neural).Execute()</c>.
/// </summary>
/// <remarks>
/// <para>
/// A query is immutable: every <c>With…</c> method returns a new query with one more criterion and leaves this one as
/// it was, so a partial query can be kept and extended in several directions, and shared between threads.
/// </para>
/// <para>
/// Criteria combine with AND: a study matches when it satisfies every criterion. Adding the same kind of criterion
/// twice narrows rather than replaces, so <c>WithCellType(Mesenchymal).WithCellType(Hematopoietic)</c> finds studies
/// that gave both, and <c>WithDisease(MultipleSclerosis).WithDisease(AmyotrophicLateralSclerosis)</c> finds none.
/// A query with no criterion (<see cref="DatasetIndex.Studies"/>) matches every study.
/// </para>
/// <para>
/// Each criterion matches what a study's sources state and nothing inferred from the vocabulary; see
/// <see cref="DatasetIndex"/> for which part of a study each one reads. A study whose sources leave a value out (no
/// phase, no route) never matches a criterion on it.
/// </para>
/// <para>
/// Each criterion is resolved to the index's posting list when it is added. <see cref="Execute"/> walks the smallest
/// candidate set and keeps the studies that every other criterion's set contains, so its cost grows with the smallest
/// set, not with the dataset. Equality: reference equality; two queries with the same criteria are different queries.
/// </para>
/// </remarks>
public sealed class StudyQuery
{
    private readonly DatasetIndex _index;
    private readonly ImmutableArray<StudyCriterion> _criteria;

    internal StudyQuery(DatasetIndex index, ImmutableArray<StudyCriterion> criteria)
    {
        _index = index;
        _criteria = criteria;
    }

    /// <summary>Returns a query that also requires the study to be of a disease.</summary>
    /// <param name="disease">The disease; matches <see cref="Study.Disease"/>.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disease"/> is null.</exception>
    public StudyQuery WithDisease(Disease disease) =>
        With(StudyCriterion.ForTerm("disease", Preconditions.CheckNotNull(disease), _index.ByDisease.Get(disease)));

    /// <summary>Returns a query that also requires the participants to have a course of their disease.</summary>
    /// <param name="course">
    /// The course; matches any of <see cref="Study.Courses"/>. <see cref="DiseaseCourse.ProgressiveMs"/> also matches
    /// <see cref="DiseaseCourse.SecondaryProgressiveMs"/> and <see cref="DiseaseCourse.PrimaryProgressiveMs"/>, its kinds.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is null.</exception>
    public StudyQuery WithCourse(DiseaseCourse course) =>
        With(StudyCriterion.ForTerm("course", Preconditions.CheckNotNull(course), _index.ByCourse.Get(course)));

    /// <summary>Returns a query that also requires an intervention of a stem cell type.</summary>
    /// <param name="cellType">The cell type; matches the <see cref="Intervention.StemCellType"/> of any of <see cref="Study.Interventions"/>.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cellType"/> is null.</exception>
    public StudyQuery WithCellType(StemCellType cellType) =>
        With(StudyCriterion.ForTerm("cell type", Preconditions.CheckNotNull(cellType), _index.ByCellType.Get(cellType)));

    /// <summary>Returns a query that also requires an intervention of cells from a tissue.</summary>
    /// <param name="tissueSource">
    /// The tissue; matches the <see cref="Intervention.TissueSource"/> of any of <see cref="Study.Interventions"/>. An
    /// intervention whose source does not name the tissue matches no tissue, even when its cell type comes from only one.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tissueSource"/> is null.</exception>
    public StudyQuery WithTissueSource(TissueSource tissueSource) =>
        With(StudyCriterion.ForTerm("tissue source", Preconditions.CheckNotNull(tissueSource), _index.ByTissueSource.Get(tissueSource)));

    /// <summary>Returns a query that also requires an intervention delivered by a route.</summary>
    /// <param name="route">The delivery route; matches when any of <see cref="Study.Interventions"/> lists it among its <see cref="Intervention.DeliveryRoutes"/>.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    public StudyQuery WithRoute(DeliveryRoute route) =>
        With(StudyCriterion.ForTerm("route", Preconditions.CheckNotNull(route), _index.ByRoute.Get(route)));

    /// <summary>Returns a query that also requires the study's sources to propose a mechanism.</summary>
    /// <param name="mechanism">
    /// The mechanism; matches the <see cref="ProposedMechanism.Mechanism"/> of any of <see cref="Study.Mechanisms"/>. The
    /// mechanisms the vocabulary gives the cells' type (<see cref="StemCellType.Mechanisms"/>) do not count: they say how
    /// such cells can act in general, not what the study's sources proposed.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    public StudyQuery WithMechanism(Mechanism mechanism) =>
        With(StudyCriterion.ForTerm("mechanism", Preconditions.CheckNotNull(mechanism), _index.ByMechanism.Get(mechanism)));

    /// <summary>Returns a query that also requires a reported finding on an outcome measure.</summary>
    /// <param name="outcomeMeasure">
    /// The outcome measure; matches the <see cref="Finding.OutcomeMeasure"/> of any of <see cref="Study.Findings"/>,
    /// whichever way the outcome went. A <see cref="Study.Safety"/> profile is not a finding, so it does not match
    /// <see cref="OutcomeMeasure.SafetyAndTolerability"/>.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomeMeasure"/> is null.</exception>
    public StudyQuery WithOutcomeMeasure(OutcomeMeasure outcomeMeasure) =>
        With(StudyCriterion.ForTerm("outcome measure", Preconditions.CheckNotNull(outcomeMeasure), _index.ByOutcomeMeasure.Get(outcomeMeasure)));

    /// <summary>Returns a query that also requires the study to be of exactly one trial phase.</summary>
    /// <param name="phase">
    /// The phase; matches <see cref="Study.Phase"/>. <see cref="TrialPhase.NotApplicable"/> finds the studies stated to have
    /// no phase, not those whose sources give none, and a combined phase matches only itself (phase 1/2 is not phase 2).
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public StudyQuery WithPhase(TrialPhase phase) =>
        With(StudyCriterion.ForTerm("phase", Preconditions.CheckNotNull(phase), _index.ByPhase.Get(phase)));

    /// <summary>Returns a query that also requires the study's trial phase to be at least a phase.</summary>
    /// <param name="phase">
    /// The lowest phase to match, inclusive, in the order of <see cref="TrialPhase"/> (a combined phase sits between its
    /// two phases: phase 1/2 is below phase 2). A study with no phase, or <see cref="TrialPhase.NotApplicable"/>, never matches.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="phase"/> is <see cref="TrialPhase.NotApplicable"/>, which is not a bound.</exception>
    public StudyQuery WithMinimumPhase(TrialPhase phase) =>
        WithPhaseRange(phase, "at least", p => p.Value >= phase.Value);

    /// <summary>Returns a query that also requires the study's trial phase to be at most a phase.</summary>
    /// <param name="phase">
    /// The highest phase to match, inclusive, in the order of <see cref="TrialPhase"/> (phase 1/2 is above phase 1). A study
    /// with no phase, or <see cref="TrialPhase.NotApplicable"/>, never matches.
    /// </param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="phase"/> is <see cref="TrialPhase.NotApplicable"/>, which is not a bound.</exception>
    public StudyQuery WithMaximumPhase(TrialPhase phase) =>
        WithPhaseRange(phase, "at most", p => p.Value <= phase.Value);

    /// <summary>Returns a query that also requires an intervention of the study to use cells of a donor origin.</summary>
    /// <param name="donorOrigin">The donor origin; matches <see cref="Intervention.DonorOrigin"/> of any intervention.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="donorOrigin"/> is null.</exception>
    public StudyQuery WithDonorOrigin(DonorOrigin donorOrigin) =>
        With(StudyCriterion.ForTerm("donor origin", Preconditions.CheckNotNull(donorOrigin), _index.ByDonorOrigin.Get(donorOrigin)));

    /// <summary>Returns a query that also requires the study to have enrolled, or to plan to enroll, at least a number of participants.</summary>
    /// <param name="participants">The smallest enrollment that matches. A study whose sources state no enrollment never matches; an
    /// estimated enrollment (<see cref="Study.EnrollmentActuality"/>) counts as stated.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="participants"/> is negative.</exception>
    public StudyQuery WithMinimumEnrollment(int participants)
    {
        Preconditions.CheckArgumentRange(participants >= 0, nameof(participants), participants, "An enrollment is zero or more.");
        var byEnrollment = _index.ByEnrollment;
        var first = 0;
        var last = byEnrollment.Length;
        while (first < last)
        {
            var middle = first + ((last - first) / 2);
            if (byEnrollment[middle].Enrollment < participants)
            {
                first = middle + 1;
            }
            else
            {
                last = middle;
            }
        }

        ImmutableArray<int> positions = [.. byEnrollment.AsSpan()[first..].ToArray().Select(e => e.Position).Order()];
        return With(new StudyCriterion($"enrollment is at least {participants}", [positions]));
    }

    /// <summary>Returns a query that also requires the study to have started in or after a year.</summary>
    /// <param name="year">The earliest year of <see cref="Study.StartDate"/> that matches. A study whose sources state no start date never matches.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="PartialDate.MinimumYear"/> to <see cref="PartialDate.MaximumYear"/>.</exception>
    public StudyQuery WithMinimumStartYear(int year) => WithStartYears(year, "in or after", y => y >= year);

    /// <summary>Returns a query that also requires the study to have started in or before a year.</summary>
    /// <param name="year">The latest year of <see cref="Study.StartDate"/> that matches. A study whose sources state no start date never matches.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="PartialDate.MinimumYear"/> to <see cref="PartialDate.MaximumYear"/>.</exception>
    public StudyQuery WithMaximumStartYear(int year) => WithStartYears(year, "in or before", y => y <= year);

    /// <summary>Returns a query that also requires the study to have an identifier in a registry.</summary>
    /// <param name="registry">The registry, such as <see cref="Registry.ClinicalTrialsGov"/>.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public StudyQuery WithRegistry(Registry registry) =>
        With(StudyCriterion.ForTerm("registry", Preconditions.CheckNotNull(registry), _index.ByRegistry.Get(registry)));

    /// <summary>Returns a query that also requires the study to have a registry identifier: a lookup by NCT number or EudraCT number.</summary>
    /// <param name="value">The identifier exactly as the registry writes it, such as <c>NCT03280056</c> (ordinal comparison).</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StudyQuery WithRegistryIdentifier(string value) =>
        With(new StudyCriterion($"registry identifier is {Preconditions.CheckNotNull(value)}", [_index.ByRegistryIdentifier.Get(value)]));

    /// <summary>Returns a query that also requires the study to have a status.</summary>
    /// <param name="status">The status; matches <see cref="Study.Status"/>. A study whose sources state no status never matches.</param>
    /// <returns>A new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public StudyQuery WithStatus(StudyStatus status) =>
        With(StudyCriterion.ForTerm("status", Preconditions.CheckNotNull(status), _index.ByStatus.Get(status)));

    /// <summary>Finds the studies that satisfy every criterion.</summary>
    /// <returns>The matching studies, in the order of <see cref="EvidenceDataset.Studies"/>; empty when none matches.</returns>
    public ImmutableArray<Study> Execute()
    {
        var studies = _index.Dataset.Studies;
        if (_criteria.IsEmpty)
        {
            return studies;
        }

        // Walk the smallest candidate set; test the rest from the most selective, so most candidates fail fast.
        var ordered = _criteria.Sort((x, y) => x.Count.CompareTo(y.Count));
        var candidates = ordered[0].Positions();
        var others = new StudyCriterion.Matcher[ordered.Length - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = ordered[i + 1].CreateMatcher(candidates.Length);
        }

        var matches = ImmutableArray.CreateBuilder<Study>(candidates.Length);
        foreach (var position in candidates)
        {
            var matchesAll = true;
            for (var i = 0; i < others.Length && matchesAll; i++)
            {
                matchesAll = others[i].Contains(position);
            }

            if (matchesAll)
            {
                matches.Add(studies[position]);
            }
        }

        return matches.DrainToImmutable();
    }

    /// <summary>Describes the query's criteria.</summary>
    /// <returns>
    /// Text such as <c>studies where disease is amyotrophic-lateral-sclerosis and phase is at least phase-2</c>, or
    /// <c>all studies</c> for a query with no criterion.
    /// </returns>
    public override string ToString() =>
        _criteria.IsEmpty ? "all studies" : "studies where " + string.Join(" and ", _criteria.Select(c => c.Description));

    private StudyQuery WithPhaseRange(TrialPhase phase, string comparison, Func<TrialPhase, bool> inRange)
    {
        Preconditions.CheckNotNull(phase);
        Preconditions.CheckArgument(
            phase.IsPhased,
            nameof(phase),
            $"'{phase.Code}' is not a phase, so it cannot bound a range of phases; use WithPhase to find the studies stated to have no phase.");
        ImmutableArray<ImmutableArray<int>> postings =
            [.. TrialPhase.All.Where(p => p.IsPhased && inRange(p)).Select(_index.ByPhase.Get)];
        return With(new StudyCriterion($"phase is {comparison} {phase.Code}", postings));
    }

    private StudyQuery WithStartYears(int year, string comparison, Func<int, bool> inRange)
    {
        Preconditions.CheckArgumentRange(
            year is >= PartialDate.MinimumYear and <= PartialDate.MaximumYear,
            nameof(year),
            year,
            $"A year is from {PartialDate.MinimumYear} to {PartialDate.MaximumYear}.");
        ImmutableArray<ImmutableArray<int>> postings = [.. _index.StartYears.Where(inRange).Select(_index.ByStartYear.Get)];
        return With(new StudyCriterion($"start year is {comparison} {year}", postings));
    }

    private StudyQuery With(StudyCriterion criterion) => new(_index, _criteria.Add(criterion));
}
