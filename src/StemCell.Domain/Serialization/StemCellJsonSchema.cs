using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of the dataset document that <see cref="StemCellJson"/> reads and writes, for
/// programs in any language that validate, generate code from, or document the format. The package ships the same
/// schema as <c>schemas/stemcell-dataset.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// The schema is generated from the same tables of the document's objects that the reader and the writer work from,
/// so it cannot drift from what the reader accepts: every property with its JSON type, which properties are required,
/// which may be null, and no properties beyond those (<c>additionalProperties: false</c> on every object, as the
/// strict reader rejects unknown properties), with the model's rules on single values (a text neither empty nor
/// padded, an id's shape, a number's range). Each vocabulary is a definition under <c>$defs</c>, named after the vocabulary (for
/// example <c>#/$defs/disease</c>), listing its codes in declaration order; every vocabulary-typed property refers
/// to it. A claim's or an evidence's <c>code</c> must be a code of the vocabulary its <c>vocabulary</c> names. Partial dates
/// (<c>#/$defs/partial-date</c>) and time frames (<c>#/$defs/period</c>) are strings with a pattern;
/// <c>formatVersion</c> must have a supported major version.
/// </para>
/// <para>
/// The schema accepts exactly what the strict reader accepts, except the model's rules that relate two values (the
/// schema's description lists them, such as every <c>sourceIds</c> entry naming a source): a document the schema
/// accepts can still be rejected by <see cref="StemCellJson.Deserialize(string)"/>, which reports why. The lenient
/// reader accepts more (synonyms, any letter case, unknown properties).
/// </para>
/// <para>
/// The output is deterministic: the same library version always writes the same bytes (UTF-8, indented by two
/// spaces, <c>\n</c> line ends, a final newline). All members are thread-safe.
/// </para>
/// </remarks>
public static class StemCellJsonSchema
{
    /// <summary>The schema's <c>$id</c>: the URI that names this schema, one per major version of the format.</summary>
    public const string Id = "https://github.com/stemcell-domain/StemCell.Domain/schemas/dataset-1.json";

    private const string MetaSchema = "https://json-schema.org/draft/2020-12/schema";

    internal const string PartialDateDefinition = "partial-date";

    internal const string PeriodDefinition = "period";

    // Years 0001 to 9999, four digits: anything but 0000, written without look-ahead so that every JSON Schema
    // implementation's regular expressions (ECMA-262 and its common subset) read it alike.
    private const string YearPattern = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})";

    // Leap years in 0001 to 9999: divisible by 4 but not by 100 (xx04 ... xx96), or divisible by 400.
    private const string LeapYearPattern = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";

    private const string MonthPattern = "(0[1-9]|1[0-2])";

    private const string MonthDayPattern =
        "((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)";

    // Exactly the texts PartialDate.TryParse accepts, 29 February included only in leap years.
    private const string PartialDatePattern =
        "^(" + LeapYearPattern + "-02-29|" + YearPattern + "(-" + MonthPattern + "|-" + MonthDayPattern + ")?)$";

    // NodaTime's round-trip period pattern, which the writer uses: ISO-8601 units in order, the time units after a
    // T, and NodaTime's s (milliseconds), t (ticks) and n (nanoseconds) for what ISO-8601 writes as a fraction.
    // Only non-negative units, as a time frame has no negative unit; the minimum length of 3 rules out "P" and "PT".
    private const string DurationPattern =
        "^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+S)?([0-9]+s)?([0-9]+t)?([0-9]+n)?)?$";

    // Laid out as the dataset document is; the schema is a data file, never embedded in HTML, so descriptions and
    // patterns stay readable.
    private static readonly JsonWriterOptions WriterOptions = DatasetJson.WriterOptions with { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<byte[]> Utf8Schema = new(Generate);

    /// <summary>Writes the schema to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">A writable stream; it is flushed but not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Preconditions.CheckArgument(stream.CanWrite, nameof(stream), "The stream must be writable.");
        stream.Write(Utf8Schema.Value);
        stream.Flush();
    }

    /// <summary>Returns the schema as a JSON string.</summary>
    /// <returns>The same document <see cref="WriteTo(Stream)"/> writes.</returns>
    public static string ToJson() => Encoding.UTF8.GetString(Utf8Schema.Value);

    private static byte[] Generate()
    {
        var schema = new JsonObject
        {
            ["$schema"] = MetaSchema,
            ["$id"] = Id,
            ["title"] = "StemCell.Domain dataset",
            ["description"] =
                $"A StemCell.Domain dataset document, format {string.Join(", ", StemCellJson.SupportedMajorVersions.Select(v => $"{v}.x"))}: "
                + "sources of evidence and the stem cell therapy studies they report. Property names are camelCase, vocabulary terms "
                + "are their lower-kebab-case codes (see $defs), dates are ISO-8601 at the precision a source states, time frames "
                + "ISO-8601 durations. The schema accepts exactly the documents the strict reader accepts, but for the rules that relate "
                + "two values, which the reader checks: ids unique among the sources and among the studies; every sourceIds entry and "
                + "sourceId naming a source of the dataset; a study's courses being courses of its disease; its actualities given only "
                + "with their values, its completion date not before its start date, its evidence naming values it has; a proportion "
                + "agreeing with its numerator and denominator (the numerator not above the denominator); a scale's score or change "
                + "possible on that scale; a confidence interval's lower bound not above its upper bound, above 0 for a hazard ratio, "
                + "and holding its estimate; a registry identifier's value having its registry's form (NCT and eight digits for "
                + "ClinicalTrials.gov); a locator's value being a URL or a DOI as its kind says. The reader also keeps numbers "
                + "exactly as .NET decimals do, so it rejects a number with more significant digits than a decimal holds (28) or "
                + "a digit finer than 1E-28, rather than round it.",
        };

        foreach (var (keyword, value) in DatasetJson.Format.Schema().ToList())
        {
            schema[keyword] = value?.DeepClone();
        }

        schema["$defs"] = Definitions();

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            schema.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static JsonObject Definitions()
    {
        var definitions = new JsonObject();
        foreach (var vocabulary in Vocabularies.All)
        {
            definitions.Add(vocabulary.Name, new JsonObject
            {
                ["description"] = $"A {vocabulary.Name} code. {vocabulary.Description}",
                ["type"] = "string",
                ["enum"] = new JsonArray([.. vocabulary.Terms.Select(term => JsonValue.Create(term.Code))]),
            });
        }

        var partialDate = JsonValueFormat.AnchoredPattern(PartialDatePattern);
        partialDate.Insert(0, "description", "A date known as precisely as the source states it: an ISO-8601 year (2023), year and month (2023-05) or date (2023-05-14), for the years 0001 to 9999.");
        definitions.Add(PartialDateDefinition, partialDate);
        // A time frame is positive: not every unit zero.
        var period = JsonValueFormat.AnchoredPattern(DurationPattern, alsoNot: new JsonObject { ["pattern"] = "^P(0+[YMWD])*(T(0+[HMSstn])*)?$" });
        period.Insert(0, "description", "A positive ISO-8601 duration such as P3Y, P6M or P2W, with its units as the source gives them (three years is not 36 months). "
            + "Sub-second parts are written in NodaTime's round-trip form, s for milliseconds, t for ticks and n for nanoseconds, as in PT1500s.");
        period.Insert(2, "minLength", 3);
        definitions.Add(PeriodDefinition, period);
        return definitions;
    }
}
