using System.Text.Json;
using System.Text.Json.Nodes;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>One change to a dataset document: a value set (or added) at a JSON Pointer, or the property there deleted.</summary>
/// <param name="Kind">What sort of change it is, such as <c>synonym</c> or <c>delete</c>, for grouping failures.</param>
/// <param name="Pointer">The JSON Pointer of the value changed, such as <c>/studies/0/disease</c>.</param>
/// <param name="Json">The new value as JSON text, or null to delete the property.</param>
/// <param name="Place">The pointer with array indexes as <c>*</c> and each object's <c>kind</c> in brackets, such as
/// <c>/studies/*/findings/*/result(proportion)/value</c>: which property of the format the change is to.</param>
internal sealed record DocumentMutation(string Kind, string Pointer, string? Json, string Place)
{
    /// <summary>Gets the property name or array index the change is to: the pointer's last segment.</summary>
    public string Key => Pointer[(Pointer.LastIndexOf('/') + 1)..];

    /// <summary>Gets the pointer of the object or array that holds the changed value.</summary>
    public string ParentPointer => Pointer[..Pointer.LastIndexOf('/')];

    /// <summary>Applies the change to a document, in place.</summary>
    /// <param name="root">The document's root, which must hold the parent of <see cref="Pointer"/>.</param>
    public void ApplyTo(JsonNode root)
    {
        var parent = DocumentMutations.Find(root, ParentPointer)
            ?? throw new InvalidOperationException($"The document has nothing at {ParentPointer}.");
        var value = Json is null ? null : JsonNode.Parse(Json);
        switch (parent)
        {
            case JsonArray array when int.TryParse(Key, out var index):
                if (index == array.Count)
                {
                    array.Add(value);
                }
                else
                {
                    array[index] = value;
                }

                break;
            case JsonObject obj when Json is null:
                obj.Remove(Key);
                break;
            case JsonObject obj:
                obj[Key] = value;
                break;
            default:
                throw new InvalidOperationException($"{ParentPointer} is not an object or array.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Json is null ? $"{Kind}: delete {Pointer}" : $"{Kind}: {Pointer} = {Json}";
}

/// <summary>
/// Every single change of a dataset document that the differential test of the JSON Schema against the strict reader
/// tries: at every object an unknown property; at every property its deletion, null and values of the wrong JSON kind;
/// and by what the value is, codes replaced by an unknown code, another letter case, a documented synonym or another
/// vocabulary's code; strings emptied, padded or blanked; ids that are not lower-kebab slugs; numbers out of any range;
/// malformed dates, time frames and format versions.
/// </summary>
/// <remarks>
/// Codes are recognised by value (a canonical code of some vocabulary), so no table of the format's coded properties
/// is kept here; the generated texts (<see cref="ModelGen.Text"/>) are never codes.
/// </remarks>
internal static class DocumentMutations
{
    private static readonly string[] DateProperties = ["publicationDate", "reportedIn", "startDate", "completionDate"];

    private static readonly string[] FormatWordProperties = ["kind", "vocabulary", "enrollmentActuality", "startDateActuality", "completionDateActuality"];

    private static readonly string[] NotSlugs = ["UPPER-Case", "two words", "trailing-", "-leading", "double--hyphen", "under_score", new('a', 101)];

    private static readonly string[] MalformedDates = ["23", "0000", "2023-1", "2023-13", "2023-00", "2023-02-29", "2023-04-31", "2023/01/01", "2023-01-01T00:00:00Z", "2023-W01"];

    private static readonly string[] MalformedPeriods = ["P", "PT", "1Y", "P-1Y", "P0D", "PT0S", "p1y", "P1.5Y", "P1Y ", "3 months"];

    private static readonly string[] FormatVersions = ["1", "1.", "1.x", "2.0", "0.9", "01.1", "1.1.0", " 1.1", "1.1 ", "v1.1"];

    // Integers written as decimals, fractions, negatives, zero, beyond a 32-bit integer and beyond a decimal.
    private static readonly string[] Numbers = ["-1", "0", "0.5", "1.5", "2.0", "-0.0001", "2147483648", "1e30", "1E+400"];

    private static readonly Dictionary<string, IVocabularyTerm[]> TermsByCode = Vocabularies.All
        .SelectMany(vocabulary => vocabulary.Terms)
        .GroupBy(term => term.Code, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>Whether a text is a vocabulary code exactly as written, and the terms that have it.</summary>
    internal static bool IsCanonicalCode(string text, out IVocabularyTerm[] terms) =>
        TermsByCode.TryGetValue(text, out terms!);

    /// <summary>Every change this class knows for the document, in document order.</summary>
    internal static IEnumerable<DocumentMutation> All(JsonNode root) => OfObject(root.AsObject(), string.Empty, string.Empty);

    /// <summary>The node at a JSON Pointer, or null when there is none.</summary>
    internal static JsonNode? Find(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                JsonObject obj => obj[segment],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static IEnumerable<DocumentMutation> OfObject(JsonObject obj, string pointer, string place)
    {
        if (obj["kind"] is JsonValue kind && kind.GetValueKind() == JsonValueKind.String)
        {
            place += $"({kind.GetValue<string>()})";
        }

        // No property of the format is named so; the strict reader rejects it and the schema must too.
        yield return new("unknown property", $"{pointer}/unknownProperty", "1", $"{place}/unknownProperty");

        // Format 1.0's single route, which a document may hold instead of the list (never beside it).
        if (place.EndsWith("/interventions/*", StringComparison.Ordinal))
        {
            yield return new("format 1.0 property", $"{pointer}/deliveryRoute", "\"intravenous\"", $"{place}/deliveryRoute");
        }

        foreach (var (name, child) in obj.ToList())
        {
            var childPointer = $"{pointer}/{name}";
            var childPlace = $"{place}/{name}";
            yield return new("delete", childPointer, null, childPlace);
            if (child is not null)
            {
                yield return new("null", childPointer, "null", childPlace);
            }

            foreach (var mutation in OfValue(child, name, childPointer, childPlace))
            {
                yield return mutation;
            }
        }
    }

    private static IEnumerable<DocumentMutation> OfValue(JsonNode? node, string name, string pointer, string place)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return new("wrong kind", pointer, "[]", place);
                yield return new("wrong kind", pointer, "\"x\"", place);
                foreach (var mutation in OfObject(obj, pointer, place))
                {
                    yield return mutation;
                }

                break;
            case JsonArray array:
                foreach (var mutation in OfArray(array, name, pointer, place))
                {
                    yield return mutation;
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                foreach (var mutation in OfString(value.GetValue<string>(), name, pointer, place))
                {
                    yield return mutation;
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                foreach (var number in Numbers)
                {
                    yield return new("number out of range", pointer, number, place);
                }

                yield return new("wrong kind", pointer, $"\"{value.ToJsonString()}\"", place);
                yield return new("wrong kind", pointer, "true", place);
                break;
        }
    }

    private static IEnumerable<DocumentMutation> OfArray(JsonArray array, string name, string pointer, string place)
    {
        yield return new("wrong kind", pointer, "{}", place);
        yield return new("wrong kind", pointer, "\"x\"", place);
        if (array.Count > 0)
        {
            yield return new("empty list", pointer, "[]", place);

            // A repeat of the first element, which lists of terms and citations must not hold.
            yield return new("repeated element", $"{pointer}/{array.Count}", array[0]?.ToJsonString() ?? "null", $"{place}/*");
        }

        for (var i = 0; i < array.Count; i++)
        {
            var elementPointer = $"{pointer}/{i}";
            yield return new("null", elementPointer, "null", $"{place}/*");
            foreach (var mutation in OfValue(array[i], name, elementPointer, $"{place}/*"))
            {
                yield return mutation;
            }
        }
    }

    private static IEnumerable<DocumentMutation> OfString(string text, string name, string pointer, string place)
    {
        yield return new("empty string", pointer, "\"\"", place);
        yield return new("whitespace-only string", pointer, "\"  \"", place);
        yield return new("padded string", pointer, JsonSerializer.Serialize(text + " "), place);
        yield return new("padded string (tab)", pointer, JsonSerializer.Serialize("\t" + text), place);

        // White space beyond ASCII: a no-break space, and NEL, which .NET's string.Trim removes but ECMA-262's \s does not match.
        yield return new("padded string (no-break space)", pointer, JsonSerializer.Serialize(text + "\u00a0"), place);
        yield return new("padded string (NEL)", pointer, JsonSerializer.Serialize("\u0085" + text), place);

        // A final line feed, which a pattern ending in $ lets through in .NET (its $ also matches before a final \n).
        yield return new("padded string (line feed)", pointer, JsonSerializer.Serialize(text + "\n"), place);
        yield return new("wrong kind", pointer, "7", place);
        yield return new("wrong kind", pointer, "{}", place);

        IEnumerable<(string Kind, string Value)> replacements = name switch
        {
            "id" or "sourceIds" or "sourceId" => NotSlugs.Select(id => ("id not a slug", id)),
            "formatVersion" => FormatVersions.Select(version => ("format version", version)),
            "timeFrame" => MalformedPeriods.Select(period => ("malformed period", period)),
            "country" => new[] { "gb", "GBR", "G1" }.Select(country => ("malformed country", country)),
            _ when DateProperties.Contains(name) => MalformedDates.Select(date => ("malformed date", date)),
            _ when FormatWordProperties.Contains(name) => FormatWord(text),
            _ when IsCanonicalCode(text, out var terms) => Code(text, terms),
            _ => [],
        };

        foreach (var (kind, value) in replacements)
        {
            yield return new(kind, pointer, JsonSerializer.Serialize(value), place);
        }
    }

    private static IEnumerable<(string Kind, string Value)> FormatWord(string word) =>
        [("unknown code", "not-a-known-word"), ("other case", word.ToUpperInvariant()), ("other case", Capitalized(word))];

    private static IEnumerable<(string Kind, string Value)> Code(string code, IVocabularyTerm[] terms)
    {
        yield return ("unknown code", "not-a-known-code");
        yield return ("other case", code.ToUpperInvariant());
        yield return ("other case", Capitalized(code));
        foreach (var synonym in terms.SelectMany(term => term.Synonyms).Distinct(StringComparer.Ordinal))
        {
            yield return ("synonym", synonym);
        }

        // A code of a vocabulary that is not this one, and that this one's vocabularies do not also have.
        var own = terms.Select(term => term.VocabularyName).ToHashSet(StringComparer.Ordinal);
        var foreign = Vocabularies.All
            .Where(vocabulary => !own.Contains(vocabulary.Name))
            .SelectMany(vocabulary => vocabulary.Terms)
            .FirstOrDefault(term => TermsByCode[term.Code].All(other => !own.Contains(other.VocabularyName)));
        if (foreign is not null)
        {
            yield return ("other vocabulary's code", foreign.Code);
        }
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
