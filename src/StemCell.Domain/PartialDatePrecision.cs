namespace StemCell.Domain;

/// <summary>How much of a <see cref="PartialDate"/> is known: the year, the month, or the day.</summary>
/// <remarks>Values increase from coarse to fine, which is also the order <see cref="PartialDate"/> uses to break ties.</remarks>
public enum PartialDatePrecision
{
    /// <summary>Only the year is known, as in "a 2023 study".</summary>
    Year = 0,

    /// <summary>The year and the month are known, as in "May 2023".</summary>
    Month = 1,

    /// <summary>The full calendar date is known.</summary>
    Day = 2,
}
