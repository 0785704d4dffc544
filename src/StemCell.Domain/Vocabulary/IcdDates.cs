using NodaTime;

namespace StemCell.Domain.Vocabulary;

/// <summary>The dates on which ICD-10-CM code sets changed, as far as this library's codings depend on them.</summary>
internal static class IcdDates
{
    /// <summary>The first day of ICD-10-CM fiscal year 2026, when the multiple sclerosis subcodes G35.A–G35.D took effect.</summary>
    internal static readonly LocalDate Fy2026 = new(2025, 10, 1);

    /// <summary>The last day on which ICD-10-CM G35 was the billable multiple sclerosis code.</summary>
    internal static readonly LocalDate LastDayBeforeFy2026 = new(2025, 9, 30);
}
