using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

/// <content>
/// Property tests: anything valid round-trips, and anything made invalid by one change is rejected. Iteration counts are
/// fixed and small so the suite stays fast; a failure prints the seed that reproduces it (set <c>CsCheck_Seed</c>).
/// </content>
public partial class StemCellJsonTests
{
    private const int Iterations = 150;

    // Words of the format that are not vocabulary codes but are read as codes: locator, population and result kinds.
    private static readonly string[] FormatKinds = ["url", "doi", "all-participants", "subgroup", "proportion", "scale-score", "scale-change", "hazard-ratio", "actual", "estimated"];

    private static readonly string[] CodedProperties =
    [
        "kind", "evidenceKind", "vocabulary", "code", "disease", "courses", "phase", "status", "designs", "enrollmentActuality",
        "startDateActuality", "completionDateActuality", "registry", "stemCellType",
        "tissueSource", "donorOrigin", "deliveryRoutes", "outcomeMeasures", "clinicalScales", "unit", "outcomeMeasure", "direction", "scale", "mechanism", "tolerability",
    ];

    // The properties an object of each place in the document cannot do without: required by the format, or (the cited
    // sources, a subgroup's description) by the model's rules.
    private static readonly Dictionary<string, string[]> RequiredProperties = new(StringComparer.Ordinal)
    {
        ["$"] = ["formatVersion"],
        ["sources"] = ["id", "title", "evidenceKind"],
        ["locator"] = ["kind", "value"],
        ["claims"] = ["vocabulary", "code", "quote"],
        ["studies"] = ["id", "title", "disease", "sourceIds"],
        ["institutions"] = ["name"],
        ["registryIdentifiers"] = ["registry", "value"],
        ["interventions"] = [],
        ["dose"] = ["amount", "unit"],
        ["findings"] = ["outcomeMeasure", "direction", "population", "quote", "sourceIds"],
        ["population"] = ["kind"],
        ["confidenceInterval"] = ["lower", "upper", "level"],
        ["mechanisms"] = ["mechanism", "quote"],
        ["safety"] = ["sourceIds"],
        ["evidence"] = ["vocabulary", "code", "field", "quote", "sourceId"],
        ["result/proportion"] = ["kind", "value"],
        ["result/scale-score"] = ["kind", "scale", "score"],
        ["result/scale-change"] = ["kind", "scale", "change"],
        ["result/hazard-ratio"] = ["kind", "estimate"],
        ["population/subgroup"] = ["kind", "description"],
    };

    private static readonly Gen<string> NotACode = ModelGen.Text.Where(text =>
        !FormatKinds.Contains(text, StringComparer.OrdinalIgnoreCase) && Vocabularies.All.All(vocabulary => !vocabulary.TryFind(text, out _)));

    private static readonly Gen<JsonNode?> AnyJsonValue = Gen.OneOf<JsonNode?>(
        ModelGen.Text.Select(text => (JsonNode?)JsonValue.Create(text)),
        Gen.Int.Select(number => (JsonNode?)JsonValue.Create(number)),
        Gen.Bool.Select(flag => (JsonNode?)JsonValue.Create(flag)),
        Gen.Const(() => (JsonNode?)null),
        Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Const(() => (JsonNode?)new JsonArray(1, "two")));

    [Fact]
    public void Serialize_AnyValidDataset_ReadsBackAsAnEqualDataset()
    {
        ModelGen.Dataset.Sample(
            dataset =>
            {
                Assert.True(dataset.Validate().IsValid, $"The generator made an invalid dataset: {dataset.Validate()}");
                Assert.Equal(dataset, StemCellJson.Deserialize(StemCellJson.Serialize(dataset)));
                Assert.Equal(dataset, StemCellJson.Deserialize(StemCellJson.SerializeToUtf8Bytes(dataset)));
            },
            iter: Iterations,
            print: StemCellJson.Serialize);
    }

    [Fact]
    public void Serialize_AnyValidDataset_WritesIdenticalBytesAgainAfterReadingThem()
    {
        ModelGen.Dataset.Sample(
            dataset =>
            {
                var bytes = StemCellJson.SerializeToUtf8Bytes(dataset);

                var again = StemCellJson.SerializeToUtf8Bytes(StemCellJson.Deserialize(bytes));

                Assert.Equal(bytes, again);
                Assert.Equal(Encoding.UTF8.GetString(bytes), StemCellJson.Serialize(dataset));
            },
            iter: Iterations,
            print: StemCellJson.Serialize);
    }

    [Fact]
    public void Deserialize_AnyValidDocument_ReadsTheSameWhetherStrictOrLenient()
    {
        ModelGen.Dataset.Sample(
            dataset =>
            {
                var json = StemCellJson.Serialize(dataset);

                Assert.Equal(StemCellJson.Deserialize(json, StemCellJsonReaderOptions.Strict), StemCellJson.Deserialize(json, StemCellJsonReaderOptions.Lenient));
            },
            iter: Iterations,
            print: StemCellJson.Serialize);
    }

    [Fact]
    public void Deserialize_AnyDocumentWithACodeReplacedByANonCode_ThrowsStemCellJsonException()
    {
        Gen.Select(ModelGen.Dataset, Gen.Int[0, int.MaxValue], NotACode).Sample(
            (dataset, pick, replacement) =>
            {
                var document = JsonNode.Parse(StemCellJson.Serialize(dataset))!;
                var codes = Walk(document, "$").SelectMany(place => CodedValues(place.Object)).ToList();

                codes[pick % codes.Count](replacement);

                AssertRejected(document.ToJsonString());
            },
            iter: Iterations,
            print: t => $"{t.Item3} in {StemCellJson.Serialize(t.Item1)}");
    }

    [Fact]
    public void Deserialize_AnyDocumentWithARequiredPropertyDropped_ThrowsStemCellJsonException()
    {
        Gen.Select(ModelGen.Dataset, Gen.Int[0, int.MaxValue]).Sample(
            (dataset, pick) =>
            {
                var document = JsonNode.Parse(StemCellJson.Serialize(dataset))!;
                var required = Walk(document, "$")
                    .SelectMany(place => RequiredProperties.GetValueOrDefault(place.Role, []).Select(name => (place.Object, Name: name)))
                    .ToList();

                var (owner, name) = required[pick % required.Count];
                Assert.True(owner.Remove(name), $"'{name}' was not in {owner.ToJsonString()}");

                AssertRejected(document.ToJsonString());
            },
            iter: Iterations,
            print: t => $"pick {t.Item2} in {StemCellJson.Serialize(t.Item1)}");
    }

    [Fact]
    public void Deserialize_AnyDocumentWithAnUnknownProperty_ThrowsWhenStrictAndSkipsItWhenLenient()
    {
        Gen.Select(ModelGen.Dataset, Gen.Int[0, int.MaxValue], ModelGen.Slug, AnyJsonValue).Sample(
            (dataset, pick, name, value) =>
            {
                var document = JsonNode.Parse(StemCellJson.Serialize(dataset))!;
                var objects = Walk(document, "$").Select(place => place.Object).ToList();

                // No property of the format starts with "unknown", so this name is one it does not define.
                objects[pick % objects.Count].Add("unknown-" + name, value);
                var json = document.ToJsonString();

                AssertRejected(json);
                Assert.Equal(dataset, StemCellJson.Deserialize(json, StemCellJsonReaderOptions.Lenient));
            },
            iter: Iterations,
            print: t => $"unknown-{t.Item3} in {StemCellJson.Serialize(t.Item1)}");
    }

    private static void AssertRejected(string json)
    {
        // Never another exception type, never a dataset returned.
        var error = Record.Exception(() => StemCellJson.Deserialize(json));

        var rejection = Assert.IsType<StemCellJsonException>(error);
        Assert.NotEmpty(rejection.Problems);
    }

    /// <summary>Every object of a document with its place: the property it is (or is an element) of, refined by its kind.</summary>
    private static IEnumerable<(JsonObject Object, string Role)> Walk(JsonNode node, string role)
    {
        if (node is JsonObject obj)
        {
            var kind = (obj["kind"] as JsonValue)?.GetValue<string>();
            yield return (obj, role is "result" or "population" && kind is not null && RequiredProperties.ContainsKey($"{role}/{kind}") ? $"{role}/{kind}" : role);
            foreach (var (name, child) in obj.ToList())
            {
                if (child is not null)
                {
                    foreach (var place in Walk(child, name))
                    {
                        yield return place;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var element in array.ToList())
            {
                if (element is not null)
                {
                    foreach (var place in Walk(element, role))
                    {
                        yield return place;
                    }
                }
            }
        }
    }

    /// <summary>A setter for each string of an object that is read as a code, alone or in a list.</summary>
    private static IEnumerable<Action<string>> CodedValues(JsonObject owner)
    {
        foreach (var name in CodedProperties)
        {
            switch (owner[name])
            {
                case JsonValue:
                    yield return text => owner[name] = text;
                    break;
                case JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        var index = i;
                        yield return text => list[index] = text;
                    }

                    break;
            }
        }
    }
}
