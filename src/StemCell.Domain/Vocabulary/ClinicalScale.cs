namespace StemCell.Domain.Vocabulary;

// The terms, their properties and their export are generated from Definitions/clinical-scale.json; this part holds what is computed.
public sealed partial class ClinicalScale
{
    /// <summary>Tells whether a score is one the scale can produce: within its range and on its steps.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when the score is possible on this scale.</returns>
    public bool IsValidScore(decimal score) =>
        (Minimum is null || score >= Minimum)
        && (Maximum is null || score <= Maximum)
        && (Step is null || (score - (Minimum ?? 0m)) % Step.Value == 0m);

    /// <summary>Tells whether a change in score is one the scale can produce: no larger than its range and on its steps.</summary>
    /// <param name="change">The change, positive or negative.</param>
    /// <returns><see langword="true"/> when the change is possible on this scale.</returns>
    public bool IsValidChange(decimal change) =>
        (Minimum is null || Maximum is null || Math.Abs(change) <= Maximum - Minimum)
        && (Step is null || change % Step.Value == 0m);
}
