using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime value as an ISO-8601 string through one of NodaTime's own text patterns.
/// </summary>
/// <remarks>
/// Written here rather than taken from NodaTime.Serialization.SystemTextJson, whose 1.4.0 release produces
/// AOT analysis warnings (IL3053) in a NativeAOT publish.
/// </remarks>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _expected;

    private protected NodaPatternJsonConverter(IPattern<T> pattern, string expected)
    {
        _pattern = pattern;
        _expected = expected;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {_expected} as a JSON string, but found {DocumentReader.TokenText(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        return TryParse(_pattern, text, out var value) ? value : throw new JsonException($"Expected {_expected}, but found '{text}'.");
    }

    /// <summary>Parses text with a pattern, returning false for any text the pattern does not take.</summary>
    internal static bool TryParse(IPattern<T> pattern, string text, [MaybeNullWhen(false)] out T value)
    {
        // NodaTime throws, rather than failing the parse, for a unit too large for a period (P2147483648D).
        try
        {
            var result = pattern.Parse(text);
            value = result.Success ? result.Value : default;
            return result.Success;
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or OverflowException)
        {
            value = default;
            return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_pattern.Format(value));
    }
}

/// <summary>Converts <see cref="LocalDate"/> as an ISO-8601 calendar date.</summary>
internal sealed class LocalDateJsonConverter() : NodaPatternJsonConverter<LocalDate>(
    LocalDatePattern.Iso, "an ISO-8601 date (yyyy-MM-dd) such as '2023-05-14'");

/// <summary>Converts <see cref="YearMonth"/> as an ISO-8601 year and month.</summary>
internal sealed class YearMonthJsonConverter() : NodaPatternJsonConverter<YearMonth>(
    YearMonthPattern.Iso, "an ISO-8601 year and month (yyyy-MM) such as '2023-05'");

/// <summary>Converts <see cref="Period"/> as an ISO-8601 duration, keeping its units as written.</summary>
internal sealed class PeriodJsonConverter() : NodaPatternJsonConverter<Period>(
    PeriodPattern.Roundtrip, "an ISO-8601 duration such as 'P3Y' or 'P6M'")
{
    // "P" and up to nine digits and a unit: every number fits an int, so no value here can overflow.
    private const int MaxCommonLength = 11;

    /// <summary>
    /// Reads a period of one date unit, <c>P3Y</c>, <c>P18M</c>, <c>P2W</c> or <c>P10D</c> (what a time frame is), without
    /// the general pattern's parse, which allocates a cursor, a builder and a result for each value; anything else goes
    /// to the pattern, which also reports errors.
    /// </summary>
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryReadCommon(ref reader, out var common) ? common : base.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WritePeriod(writer, value);
    }

    /// <summary>Reads the common one-unit forms (<c>P3Y</c>, <c>P6M</c>) without allocating; false for anything else.</summary>
    internal static bool TryReadCommon(ref Utf8JsonReader reader, out Period value)
    {
        value = Period.Zero;
        var text = reader.ValueSpan;
        if (reader.HasValueSequence || reader.ValueIsEscaped || text.Length is < 3 or > MaxCommonLength || text[0] != (byte)'P')
        {
            return false;
        }

        var number = 0;
        foreach (var digit in text[1..^1])
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (digit - '0');
        }

        Period? period = text[^1] switch
        {
            (byte)'Y' => Period.FromYears(number),
            (byte)'M' => Period.FromMonths(number),
            (byte)'W' => Period.FromWeeks(number),
            (byte)'D' => Period.FromDays(number),
            _ => null,
        };
        value = period ?? Period.Zero;
        return period is not null;
    }

    /// <summary>
    /// Writes a period of one date unit without NodaTime's pattern, which builds a string through a StringBuilder for
    /// each; a time frame nearly always is one (<c>P3Y</c>). Every other period goes to the pattern.
    /// </summary>
    internal static void WritePeriod(Utf8JsonWriter writer, Period value)
    {
        var (unit, amount) = value switch
        {
            { Months: 0, Weeks: 0, Days: 0, HasTimeComponent: false } => ('Y', value.Years),
            { Years: 0, Weeks: 0, Days: 0, HasTimeComponent: false } => ('M', value.Months),
            { Years: 0, Months: 0, Days: 0, HasTimeComponent: false } => ('W', value.Weeks),
            { Years: 0, Months: 0, Weeks: 0, HasTimeComponent: false } => ('D', value.Days),
            _ => ('\0', 0),
        };
        Span<char> text = stackalloc char[16];
        if (unit != '\0' && amount > 0 && text.TryWrite(CultureInfo.InvariantCulture, $"P{amount}{unit}", out var length))
        {
            writer.WriteStringValue(text[..length]);
        }
        else
        {
            writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
        }
    }
}
