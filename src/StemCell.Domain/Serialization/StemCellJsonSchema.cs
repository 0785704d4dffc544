using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using StemCell.Domain.Serialization.Wire;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of the dataset document that <see cref="StemCellJson"/> reads and writes, for
/// programs in any language that validate, generate code from, or document the format. The package ships the same
/// schema as <c>schemas/stemcell-dataset.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// The schema is generated from the document's own source-generated metadata, so it cannot drift from what the
/// reader accepts: every property with its JSON type, which properties are required, which may be null, and no
/// properties beyond those (<c>additionalProperties: false</c> on every object, as the strict reader rejects
/// unknown properties). Each vocabulary is a definition under <c>$defs</c>, named after the vocabulary (for
/// example <c>#/$defs/disease</c>), listing its codes in declaration order; every vocabulary-typed property refers
/// to it. A claim's or an evidence's <c>code</c> must be a code of the vocabulary its <c>vocabulary</c> names. Partial dates
/// (<c>#/$defs/partial-date</c>) and time frames (<c>#/$defs/period</c>) are strings with a pattern;
/// <c>formatVersion</c> must have a supported major version.
/// </para>
/// <para>
/// The schema describes documents as they are written, and is stricter than the reader in one respect: the reader
/// also accepts a vocabulary term's documented synonyms and any letter case, which the schema does not. It checks
/// the shape of a document, not the model's rules across values (such as every <c>sourceIds</c> entry naming a
/// source, or a proportion lying between 0 and 1): a document the schema accepts can still be rejected by
/// <see cref="StemCellJson.Deserialize(string)"/>, which reports why.
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

    private const string PartialDateDefinition = "partial-date";

    private const string PeriodDefinition = "period";

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

    private static readonly FrozenDictionary<Type, VocabularyDescriptor> VocabularyByType =
        Vocabularies.All.ToFrozenDictionary(vocabulary => vocabulary.TermType);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // The schema is a data file, never embedded in HTML, so descriptions and patterns stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        var exported = JsonSchemaExporter.GetJsonSchemaAsNode(
            WireJsonContext.Default.DatasetWire,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform }).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = MetaSchema,
            ["$id"] = Id,
            ["title"] = "StemCell.Domain dataset",
            ["description"] =
                $"A StemCell.Domain dataset document, format {string.Join(", ", StemCellJson.SupportedMajorVersions.Select(v => $"{v}.x"))}: "
                + "sources of evidence and the stem cell therapy studies they report. Property names are camelCase, vocabulary terms "
                + "are their lower-kebab-case codes (see $defs), dates are ISO-8601 at the precision a source states, time frames "
                + "ISO-8601 durations. The schema checks a document's shape; the model's rules across values (such as every sourceIds "
                + "entry naming a source) are checked by the reader.",
        };

        foreach (var (name, value) in exported.ToList())
        {
            exported.Remove(name);
            schema[name] = value;
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

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var typeInfo = context.TypeInfo;
        var nullable = context.PropertyInfo?.IsSetNullable ?? false;

        // Vocabularies, partial dates and periods have converters of ours, which the exporter knows nothing about
        // (it gives them the schema "true"); each becomes a reference to its definition.
        if (VocabularyByType.TryGetValue(typeInfo.Type, out var vocabulary))
        {
            return Reference(vocabulary.Name, nullable);
        }

        if (typeInfo.Type == typeof(PartialDate) || typeInfo.Type == typeof(PartialDate?))
        {
            return Reference(PartialDateDefinition, nullable);
        }

        if (typeInfo.Type == typeof(Period))
        {
            return Reference(PeriodDefinition, nullable);
        }

        // The exporter leaves out the items of an array whose element schema is "true", without transforming it.
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable
            && typeInfo.ElementType is { } elementType
            && VocabularyByType.TryGetValue(elementType, out var elementVocabulary))
        {
            schema["items"] = Reference(elementVocabulary.Name, nullable: false);
            return schema;
        }

        if (context.PropertyInfo is { Name: "formatVersion" } property && property.DeclaringType == typeof(DatasetWire))
        {
            return FormatVersion();
        }

        if (typeInfo.Type == typeof(ClaimWire))
        {
            ConstrainTermReference(schema.AsObject(), "claimed");
        }

        if (typeInfo.Type == typeof(EvidenceWire))
        {
            ConstrainTermReference(schema.AsObject(), "the evidence supports");
        }

        if (typeInfo.Type == typeof(InterventionWire))
        {
            ConstrainIntervention(schema.AsObject());
        }

        return schema;
    }

    private static JsonObject FormatVersion()
    {
        var majors = StemCellJson.SupportedMajorVersions;
        var major = majors.Length == 1
            ? majors[0].ToString(CultureInfo.InvariantCulture)
            : $"({string.Join('|', majors.Select(v => v.ToString(CultureInfo.InvariantCulture)))})";
        return new JsonObject
        {
            ["description"] = $"The format version, 'major.minor', such as '{StemCellJson.FormatVersion}'. Readers accept every minor version of a major version they know.",
            ["type"] = "string",
            ["pattern"] = $"^{major}\\.[0-9]+$",
        };
    }

    // A claim or a piece of evidence names its term by vocabulary and code, so which codes are valid depends on the
    // vocabulary named.
    private static void ConstrainTermReference(JsonObject claim, string termRole)
    {
        var properties = claim["properties"]!.AsObject();
        properties["vocabulary"] = new JsonObject
        {
            ["description"] = $"The name of the vocabulary of the term {termRole}.",
            ["type"] = "string",
            ["enum"] = new JsonArray([.. Vocabularies.All.Select(v => JsonValue.Create(v.Name))]),
        };
        properties["code"] = new JsonObject
        {
            ["description"] = $"The code of the term {termRole}, a code of the vocabulary named.",
            ["type"] = "string",
        };

        var rules = new JsonArray();
        foreach (var vocabulary in Vocabularies.All)
        {
            rules.Add((JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["vocabulary"] = new JsonObject { ["const"] = vocabulary.Name } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["code"] = Reference(vocabulary.Name, nullable: false) } },
            });
        }

        claim["allOf"] = rules;
    }

    // Format 1.0's single "deliveryRoute" is still read, as a list of one, but never written, and never beside "deliveryRoutes".
    private static void ConstrainIntervention(JsonObject intervention)
    {
        var route = intervention["properties"]!["deliveryRoute"]!.AsObject();
        route["description"] = "Format 1.0's single delivery route, read as a list of one; write 'deliveryRoutes' instead.";
        route["deprecated"] = true;
        intervention["not"] = new JsonObject { ["required"] = new JsonArray("deliveryRoute", "deliveryRoutes") };
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

        definitions.Add(PartialDateDefinition, new JsonObject
        {
            ["description"] = "A date known as precisely as the source states it: an ISO-8601 year (2023), year and month (2023-05) or date (2023-05-14), for the years 0001 to 9999.",
            ["type"] = "string",
            ["pattern"] = PartialDatePattern,
        });
        definitions.Add(PeriodDefinition, new JsonObject
        {
            ["description"] = "A positive ISO-8601 duration such as P3Y, P6M or P2W, with its units as the source gives them (three years is not 36 months). "
                + "Sub-second parts are written in NodaTime's round-trip form, s for milliseconds, t for ticks and n for nanoseconds, as in PT1500s.",
            ["type"] = "string",
            ["minLength"] = 3,
            ["pattern"] = DurationPattern,
        });
        return definitions;
    }

    private static JsonObject Reference(string definition, bool nullable)
    {
        var reference = new JsonObject { ["$ref"] = $"#/$defs/{definition}" };
        return nullable
            ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : reference;
    }
}
