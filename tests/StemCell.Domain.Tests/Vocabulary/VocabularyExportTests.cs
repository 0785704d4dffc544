using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Vocabularies = StemCell.Domain.Vocabulary.Vocabularies;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed class VocabularyExportTests
{
    private static readonly Lazy<JsonSchema> VocabularySchema = new(() => JsonSchema.FromFile(RepositoryFiles.VocabularySchema));

    [Fact]
    public void CheckedInCopy_IsTheCurrentExport()
    {
        CheckedInSnapshot.AssertCurrent(RepositoryFiles.VocabularyJson, Export(), "FullyQualifiedName~VocabularyExportTests");
    }

    [Fact]
    public void ToJson_IsWhatWriteToWrites()
    {
        Assert.Equal(Encoding.UTF8.GetString(Export()), VocabularyExport.ToJson());
    }

    [Fact]
    public void WriteTo_IndentsWithLineFeedsAndEndsWithOne()
    {
        var json = VocabularyExport.ToJson();

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"formatVersion\": \"2.0\",\n  \"vocabularies\": [\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_KeepsNonAsciiAndApostrophesReadable()
    {
        var json = VocabularyExport.ToJson();

        Assert.Contains("\"Lou Gehrig's disease\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Lou Gehrig\u2019s disease\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_IsValidAgainstTheShippedSchema()
    {
        var result = VocabularySchema.Value.Evaluate(JsonNode.Parse(VocabularyExport.ToJson()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.HasErrors).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        var result = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(File.ReadAllText(RepositoryFiles.VocabularySchema)));

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("$.formatVersion", "1")]
    [InlineData("$.vocabularies[0].terms[0].code", "\"Multiple-Sclerosis\"")]
    [InlineData("$.vocabularies[0].terms[0].displayName", "\" padded \"")]
    [InlineData("$.vocabularies[0].terms[0].codings[0].confidence", "\"unverified\"")]
    [InlineData("$.vocabularies[0].terms[0].bogus", "1")]
    public void Schema_RejectsTheExportWithOneValueBroken(string path, string value)
    {
        var document = JsonNode.Parse(VocabularyExport.ToJson())!;
        var term = document["vocabularies"]![0]!["terms"]![0]!.AsObject();
        var property = path[(path.LastIndexOf('.') + 1)..];
        var parent = path.Contains(".codings[0].", StringComparison.Ordinal) ? term["codings"]![0]!.AsObject()
            : path.StartsWith("$.vocabularies", StringComparison.Ordinal) ? term
            : document.AsObject();
        parent[property] = JsonNode.Parse(value);

        Assert.False(VocabularySchema.Value.Evaluate(document).IsValid, $"{path} = {value} passed the schema");
    }

    [Fact]
    public void WriteTo_NullOrReadOnlyStream_Throws()
    {
        Assert.Throws<ArgumentNullException>("stream", () => VocabularyExport.WriteTo(null!));
        using var readOnly = new MemoryStream([], writable: false);
        Assert.Throws<ArgumentException>("stream", () => VocabularyExport.WriteTo(readOnly));
    }

    [Fact]
    public void Document_ListsTheCatalogsVocabulariesInOrder()
    {
        var root = ExportedVocabulary.Root;

        Assert.Equal("2.0", root.GetProperty("formatVersion").GetString());
        var vocabularies = root.GetProperty("vocabularies").EnumerateArray().ToList();
        Assert.Equal(Vocabularies.All.Select(d => d.Name), vocabularies.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(Vocabularies.All.Select(d => d.Description), vocabularies.Select(v => v.GetProperty("description").GetString()));
    }

    [Fact]
    public void Document_EveryTermHasTheSameProperties()
    {
        string[] expected = ["code", "value", "displayName", "definition", "synonyms", "codings", "attributes", "relations"];
        string[] codingProperties = ["system", "code", "display", "confidence", "source", "effectiveFrom", "effectiveUntil"];

        foreach (var term in ExportedVocabulary.Root.GetProperty("vocabularies").EnumerateArray().SelectMany(v => v.GetProperty("terms").EnumerateArray()))
        {
            Assert.Equal(expected, term.EnumerateObject().Select(p => p.Name));
            Assert.All(term.GetProperty("codings").EnumerateArray(), c => Assert.Equal(codingProperties, c.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public void Document_EveryRelationResolvesToATermOfTheNamedVocabulary()
    {
        var codesByVocabulary = ExportedVocabulary.Root.GetProperty("vocabularies").EnumerateArray().ToDictionary(
            v => v.GetProperty("name").GetString()!,
            v => v.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).ToHashSet());
        var relations = 0;

        foreach (var vocabulary in ExportedVocabulary.Root.GetProperty("vocabularies").EnumerateArray())
        {
            foreach (var term in vocabulary.GetProperty("terms").EnumerateArray())
            {
                foreach (var relation in term.GetProperty("relations").EnumerateObject())
                {
                    var target = relation.Value.GetProperty("vocabulary").GetString()!;
                    Assert.True(codesByVocabulary.TryGetValue(target, out var codes), $"{relation.Name} names the unknown vocabulary '{target}'.");
                    var targetCodes = relation.Value.TryGetProperty("codes", out var list)
                        ? list.EnumerateArray().Select(c => c.GetString()!).ToList()
                        : [relation.Value.GetProperty("code").GetString()!];
                    Assert.All(targetCodes, code => Assert.Contains(code, codes));
                    relations++;
                }
            }
        }

        Assert.True(relations > 0);
    }

    [Fact]
    public void Document_EveryCodingNamesAnExportedCodeSystemAndConfidence()
    {
        var uris = ExportedVocabulary.Vocabulary("code-system").GetProperty("terms").EnumerateArray()
            .Select(t => t.GetProperty("attributes").GetProperty("uri").GetString()).ToHashSet();
        var confidences = ExportedVocabulary.Vocabulary("coding-confidence").GetProperty("terms").EnumerateArray()
            .Select(t => t.GetProperty("code").GetString()).ToHashSet();

        var codings = ExportedVocabulary.Root.GetProperty("vocabularies").EnumerateArray()
            .SelectMany(v => v.GetProperty("terms").EnumerateArray())
            .SelectMany(t => t.GetProperty("codings").EnumerateArray())
            .ToList();

        Assert.NotEmpty(codings);
        Assert.All(codings, c =>
        {
            Assert.Contains(c.GetProperty("system").GetString(), uris);
            Assert.Contains(c.GetProperty("confidence").GetString(), confidences);
        });
    }

    [Theory]
    [InlineData("disease", "multiple-sclerosis", "http://snomed.info/sct", "24700007")]
    [InlineData("disease", "multiple-sclerosis", "https://www.nlm.nih.gov/mesh", "D009103")]
    [InlineData("disease", "multiple-sclerosis", "http://purl.obolibrary.org/obo/mondo.owl", "MONDO:0005301")]
    [InlineData("disease", "amyotrophic-lateral-sclerosis", "http://hl7.org/fhir/sid/icd-10-cm", "G12.21")]
    [InlineData("disease", "amyotrophic-lateral-sclerosis", "http://snomed.info/sct", "86044005")]
    [InlineData("disease", "amyotrophic-lateral-sclerosis", "http://purl.obolibrary.org/obo/mondo.owl", "MONDO:0004976")]
    [InlineData("stem-cell-type", "mesenchymal", "http://purl.obolibrary.org/obo/cl.owl", "CL:0000134")]
    public void Document_HoldsTheIssuesAcceptanceCodings(string vocabulary, string term, string system, string code)
    {
        Assert.Contains((system, code), ExportedVocabulary.Codings(ExportedVocabulary.Term(vocabulary, term)));
    }

    [Fact]
    public void Document_IcdTenCmMultipleSclerosisCodesCarryTheirEffectiveDates()
    {
        var icd = ExportedVocabulary.Term("disease", "multiple-sclerosis").GetProperty("codings").EnumerateArray()
            .Where(c => c.GetProperty("system").GetString() == "http://hl7.org/fhir/sid/icd-10-cm")
            .ToDictionary(c => c.GetProperty("code").GetString()!);

        Assert.Equal("2025-09-30", icd["G35"].GetProperty("effectiveUntil").GetString());
        Assert.Equal(JsonValueKind.Null, icd["G35"].GetProperty("effectiveFrom").ValueKind);
        Assert.Equal("2025-10-01", icd["G35.D"].GetProperty("effectiveFrom").GetString());
        Assert.Equal(JsonValueKind.Null, icd["G35.D"].GetProperty("effectiveUntil").ValueKind);
    }

    private static byte[] Export()
    {
        using var stream = new MemoryStream();
        VocabularyExport.WriteTo(stream);
        return stream.ToArray();
    }
}
