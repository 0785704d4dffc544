using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>The reading of single values that both classic readers share: NCT numbers, dates, counts, masking.</summary>
internal static partial class ClassicValues
{
    internal static bool IsNctId(string? text) => text is not null && NctIdPattern().IsMatch(text);

    internal static ClinicalTrialsGovDate? Date(string? text, string? typeText, string where, string typeWhere, List<string> warnings)
    {
        if (text is null)
        {
            if (typeText is not null)
            {
                warnings.Add($"{typeWhere}: '{typeText}' is given without a date; not kept.");
            }

            return null;
        }

        if (!ClassicDates.TryParse(text, out var date))
        {
            warnings.Add($"{where}: '{text}' is not a date the library can read (such as 'July 2008' or 'March 23, 2021'); left unset.");
            return null;
        }

        return new ClinicalTrialsGovDate(date, typeText is null ? null : ClassicDisplayCodes.DateType.Map(typeText, typeWhere, warnings));
    }

    internal static ClinicalTrialsGovEnrollment? Enrollment(string? countText, string? typeText, string where, string typeWhere, List<string> warnings)
    {
        if (countText is null)
        {
            if (typeText is not null)
            {
                warnings.Add($"{typeWhere}: '{typeText}' is given without a count; not kept.");
            }

            return null;
        }

        if (!countText.All(char.IsAsciiDigit)
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            warnings.Add($"{where}: '{countText}' is not a number of participants; left unset.");
            return null;
        }

        return new ClinicalTrialsGovEnrollment(count, typeText is null ? null : ClassicDisplayCodes.DateType.Map(typeText, typeWhere, warnings));
    }

    internal static ImmutableArray<string> MapAll(IEnumerable<string> displays, ClassicConcept concept, string where, List<string> warnings) =>
        [.. displays.Select(display => concept.Map(display, where, warnings)).Distinct(StringComparer.Ordinal)];

    internal static bool? YesNo(string? text, string where, List<string> warnings)
    {
        if (text is null)
        {
            return null;
        }

        if (ClassicDisplayCodes.YesNo.TryMap(text, out var code))
        {
            return code == "true";
        }

        warnings.Add($"{where}: '{text}' is not Yes or No; left unset.");
        return null;
    }

    /// <summary>
    /// Reads the CSV's masking, where who was masked follows in brackets: <c>Quadruple (Participant, Care Provider,
    /// Investigator, Outcomes Assessor)</c>. <c>None (Open Label)</c> is itself a masking.
    /// </summary>
    internal static (string Masking, ImmutableArray<string> WhoMasked) MaskingWithWhoMasked(string text, string where, List<string> warnings)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (ClassicDisplayCodes.Masking.TryMap(text, out var whole) || open < 0 || !text.EndsWith(')'))
        {
            return (whole ?? ClassicDisplayCodes.Masking.Map(text, where, warnings), []);
        }

        var masking = ClassicDisplayCodes.Masking.Map(text[..open], where, warnings);
        var roles = text[(open + 2)..^1].Split(", ");
        return (masking, MapAll(roles, ClassicDisplayCodes.WhoMasked, where, warnings));
    }

    /// <summary>
    /// Lays a flattened list along <paramref name="count"/> items: one value per item when the lengths are equal, none
    /// when the list is empty; otherwise which item each value belongs to cannot be told, so none is kept and a warning
    /// names the field.
    /// </summary>
    internal static string?[] Align(IReadOnlyList<string> values, int count, string field, string items, List<string> warnings)
    {
        var aligned = new string?[count];
        if (values.Count == count)
        {
            for (var i = 0; i < count; i++)
            {
                aligned[i] = values[i];
            }
        }
        else if (values.Count > 0)
        {
            warnings.Add(NotAligned(field, values.Count, count, items));
        }

        return aligned;
    }

    internal static string NotAligned(string field, int valueCount, int itemCount, string items) =>
        $"{field}: {valueCount} values for {itemCount} {items}; which of the {items} each belongs to cannot be told, so they are not kept.";

    [GeneratedRegex("^NCT[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex NctIdPattern();
}
