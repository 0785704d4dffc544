using System.Collections.Immutable;
using NodaTime;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>
/// An outcome a study reported: what was measured, which way it went, for whom, over what time, with the number
/// when the source gives one, and the source's own words.
/// </summary>
/// <remarks>
/// <para>
/// A finding says what its sources say and no more: "80% of participants showed no signs of disease progression
/// three years after the treatment" is <see cref="OutcomeMeasure.DisabilityProgression"/>,
/// <see cref="OutcomeDirection.Stabilized"/>, <see cref="Population.AllParticipants"/>, a <see cref="Proportion"/>
/// of 0.8 with no denominator, and a time frame of three years.
/// </para>
/// <para>
/// Construction rejects a time frame that is not positive (see <see cref="CheckTimeFrame"/>, which returns the
/// problem instead). Validation (<see cref="Study.Validate()"/>, <see cref="EvidenceDataset.Validate"/>) reports a
/// finding that cites no source, or a source the dataset does not hold.
/// </para>
/// <para>
/// Equality: equal when every property is equal, the source ids compared in order; time frames compare as NodaTime
/// periods do, unit by unit (three years is not 36 months).
/// </para>
/// </remarks>
public sealed record Finding
{
    /// <summary>Initializes a new instance of the <see cref="Finding"/> class.</summary>
    /// <param name="outcomeMeasure">What was measured.</param>
    /// <param name="direction">Which way it went for the participants.</param>
    /// <param name="population">Whom the finding applies to.</param>
    /// <param name="quote">The source's own words for the finding, quoted exactly.</param>
    /// <param name="sourceIds">The ids of the dataset sources that report the finding.</param>
    /// <param name="result">The number the source reports, or null when it gives none.</param>
    /// <param name="timeFrame">How long after the treatment the outcome was assessed, or null when the source does not say.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcomeMeasure"/>, <paramref name="direction"/>, <paramref name="population"/> or <paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="quote"/> is blank or padded, or <paramref name="sourceIds"/> contains a null or an id that is not a slug.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeFrame"/> is not positive.</exception>
    public Finding(
        OutcomeMeasure outcomeMeasure,
        OutcomeDirection direction,
        Population population,
        string quote,
        IEnumerable<string>? sourceIds,
        QuantitativeResult? result = null,
        Period? timeFrame = null)
        : this(outcomeMeasure, direction, population, quote, sourceIds, result, timeFrame, problems: null)
    {
    }

    private Finding(
        OutcomeMeasure outcomeMeasure,
        OutcomeDirection direction,
        Population population,
        string quote,
        IEnumerable<string>? sourceIds,
        QuantitativeResult? result,
        Period? timeFrame,
        ProblemCollector? problems)
    {
        OutcomeMeasure = Preconditions.CheckNotNull(outcomeMeasure, problems);
        Direction = Preconditions.CheckNotNull(direction, problems);
        Population = Preconditions.CheckNotNull(population, problems);
        Quote = Preconditions.CheckNotBlank(quote, problems);
        SourceIds = Preconditions.CheckElementsAreSlugs(sourceIds, problems);
        Result = result;
        if (timeFrame is not null)
        {
            Preconditions.CheckRuleRange(TimeFrameProblem(timeFrame), problems, nameof(timeFrame), timeFrame);
        }

        TimeFrame = timeFrame;
    }

    /// <summary>Gets what was measured.</summary>
    /// <value>An outcome measure, such as motor function.</value>
    public OutcomeMeasure OutcomeMeasure { get; }

    /// <summary>Gets which way the outcome went for the participants.</summary>
    /// <value>A direction of the patients' condition (less inflammation is <see cref="OutcomeDirection.Improved"/>).</value>
    public OutcomeDirection Direction { get; }

    /// <summary>Gets whom the finding applies to.</summary>
    /// <value>All participants, or a subgroup in the source's words.</value>
    public Population Population { get; }

    /// <summary>Gets the source's own words for the finding.</summary>
    /// <value>A short exact quotation.</value>
    public string Quote { get; }

    /// <summary>Gets the ids of the dataset sources that report the finding.</summary>
    /// <value>Slugs of <see cref="Source.Id"/>s, in the order given; validation requires at least one.</value>
    public ImmutableArray<string> SourceIds { get; }

    /// <summary>Gets the number the source reports.</summary>
    /// <value>A proportion, scale score or change, or hazard ratio; null when the source gives no number.</value>
    public QuantitativeResult? Result { get; }

    /// <summary>Gets how long after the treatment the outcome was assessed.</summary>
    /// <value>A positive period, such as three years, or null when the source does not say.</value>
    public Period? TimeFrame { get; }

    /// <summary>Returns whether a period can be a finding's time frame: positive, with no negative unit and at least one positive unit.</summary>
    /// <param name="timeFrame">The period.</param>
    /// <returns><see langword="true"/> when the period is positive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeFrame"/> is null.</exception>
    public static bool IsValidTimeFrame(Period timeFrame) => TimeFrameProblem(Preconditions.CheckNotNull(timeFrame)) is null;

    /// <summary>Checks a time frame without throwing, for readers that report every problem at once.</summary>
    /// <param name="timeFrame">The period.</param>
    /// <returns>The problem, with the path <c>timeFrame</c> relative to the finding, or an empty list when the period is positive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeFrame"/> is null.</exception>
    public static ImmutableArray<ValidationProblem> CheckTimeFrame(Period timeFrame)
    {
        var collector = new ProblemCollector();
        collector.Add("timeFrame", TimeFrameProblem(Preconditions.CheckNotNull(timeFrame)));
        return collector.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && OutcomeMeasure == other.OutcomeMeasure
            && Direction == other.Direction
            && Population == other.Population
            && Quote == other.Quote
            && SequenceEquality.Equal(SourceIds, other.SourceIds)
            && Equals(Result, other.Result)
            && Equals(TimeFrame, other.TimeFrame));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(OutcomeMeasure);
        hash.Add(Direction);
        hash.Add(Population);
        hash.Add(Quote);
        SequenceEquality.AddTo(ref hash, SourceIds);
        hash.Add(Result);
        hash.Add(TimeFrame);
        return hash.ToHashCode();
    }

    /// <summary>Describes the finding in a few words.</summary>
    /// <returns>Text such as <c>stabilized disability-progression in all participants (80%, P3Y)</c>.</returns>
    public override string ToString()
    {
        var details = string.Join(", ", new[] { Result?.ToString(), TimeFrame?.ToString() }.Where(d => d is not null));
        return details.Length == 0
            ? $"{Direction.Code} {OutcomeMeasure.Code} in {Population}"
            : $"{Direction.Code} {OutcomeMeasure.Code} in {Population} ({details})";
    }

    /// <summary>Creates a finding, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The finding, or null when a problem was added.</returns>
    internal static Finding? Create(
        ProblemCollector problems,
        OutcomeMeasure outcomeMeasure,
        OutcomeDirection direction,
        Population population,
        string quote,
        IEnumerable<string>? sourceIds,
        QuantitativeResult? result = null,
        Period? timeFrame = null) =>
        problems.Keep(problems.Count, new Finding(outcomeMeasure, direction, population, quote, sourceIds, result, timeFrame, problems));

    /// <summary>Adds the problems that depend on the rest of the dataset: no source cited, or a source it does not hold.</summary>
    internal void Validate(ProblemCollector problems, IReadOnlySet<string>? knownSourceIds) =>
        SourceCitations.Validate(problems, "sourceIds", SourceIds, "A finding", knownSourceIds);

    private static string? TimeFrameProblem(Period timeFrame)
    {
        var units = new[]
        {
            timeFrame.Years, timeFrame.Months, timeFrame.Weeks, timeFrame.Days, timeFrame.Hours, timeFrame.Minutes,
            timeFrame.Seconds, timeFrame.Milliseconds, timeFrame.Ticks, timeFrame.Nanoseconds,
        };
        return units.All(u => u >= 0) && units.Any(u => u > 0)
            ? null
            : $"A time frame must be positive, with no negative unit and at least one positive unit; {timeFrame} is not.";
    }
}
