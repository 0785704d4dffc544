using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using NodaTime;
using NodaTime.Text;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;
using Vocabularies = StemCell.Domain.Vocabulary.Vocabularies;

namespace StemCell.Domain.Tests.Serialization;

public sealed class StemCellJsonSchemaTests
{
    private static readonly Lazy<JsonObject> SchemaNode = new(() => JsonNode.Parse(StemCellJsonSchema.ToJson())!.AsObject());

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(StemCellJsonSchema.ToJson()));

    /// <summary>A dataset with every optional part of the document filled in, and every kind of result.</summary>
    private static EvidenceDataset FullDataset { get; } = BuildFullDataset();

    private static string FullDocument { get; } = StemCellJson.Serialize(FullDataset);

    [Fact]
    public void CheckedInCopy_IsTheCurrentSchema()
    {
        CheckedInSnapshot.AssertCurrent(
            RepositoryFiles.DatasetSchema, Encoding.UTF8.GetBytes(StemCellJsonSchema.ToJson()), "FullyQualifiedName~StemCellJsonSchemaTests");
    }

    [Fact]
    public void ToJson_IsWhatWriteToWrites()
    {
        using var stream = new MemoryStream();
        StemCellJsonSchema.WriteTo(stream);

        Assert.Equal(StemCellJsonSchema.ToJson(), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void ToJson_IndentsWithLineFeedsAndEndsWithOne()
    {
        var json = StemCellJsonSchema.ToJson();

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_NullOrReadOnlyStream_Throws()
    {
        Assert.Throws<ArgumentNullException>("stream", () => StemCellJsonSchema.WriteTo(null!));
        using var readOnly = new MemoryStream([], writable: false);
        Assert.Throws<ArgumentException>("stream", () => StemCellJsonSchema.WriteTo(readOnly));
    }

    [Fact]
    public void Schema_NamesItselfAndItsDraft()
    {
        var schema = SchemaNode.Value;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal(StemCellJsonSchema.Id, (string?)schema["$id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
    }

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        var result = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(StemCellJsonSchema.ToJson()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Schema_EveryObjectRejectsUnknownProperties()
    {
        // A claim's conditions ("if" the vocabulary is X "then" the code is one of X's) and a population's ("if" a subgroup
        // "then" a description, "else" none) constrain the object itself, which rejects unknown properties; they are not
        // objects of their own.
        var objects = Schemas(SchemaNode.Value, "#")
            .Where(s => s.Schema.ContainsKey("properties") && !s.Path.EndsWith("/if", StringComparison.Ordinal)
                && !s.Path.EndsWith("/then", StringComparison.Ordinal) && !s.Path.EndsWith("/else", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(objects);
        Assert.All(objects, s => Assert.True(
            s.Schema["additionalProperties"] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.False,
            $"{s.Path} has properties but allows others."));
    }

    [Fact]
    public void Schema_HasNoSchemaThatAcceptsAnything()
    {
        // "true" as a schema accepts anything. The schema's "true"s are keyword values: the annotation that marks format
        // 1.0's "deliveryRoute" deprecated, and the lists whose items are distinct.
        var anything = AllNodes(SchemaNode.Value, "#")
            .Where(n => n.Node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.True
                && !n.Path.EndsWith("/deprecated", StringComparison.Ordinal) && !n.Path.EndsWith("/uniqueItems", StringComparison.Ordinal))
            .Select(n => n.Path)
            .ToList();

        Assert.Empty(anything);
    }

    [Fact]
    public void Schema_EveryReferenceResolvesToADefinition()
    {
        var definitions = SchemaNode.Value["$defs"]!.AsObject();
        var references = Schemas(SchemaNode.Value, "#").Where(s => s.Schema.ContainsKey("$ref")).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, s =>
        {
            var target = (string)s.Schema["$ref"]!;
            Assert.StartsWith("#/$defs/", target, StringComparison.Ordinal);
            Assert.True(definitions.ContainsKey(target["#/$defs/".Length..]), $"{s.Path} refers to {target}, which is not defined.");
        });
    }

    [Fact]
    public void Schema_EveryVocabularyIsADefinitionOfItsCodesInDeclarationOrder()
    {
        var definitions = SchemaNode.Value["$defs"]!.AsObject();

        Assert.All(Vocabularies.All, vocabulary =>
        {
            var definition = definitions[vocabulary.Name];
            Assert.NotNull(definition);
            Assert.Equal("string", (string?)definition["type"]);
            Assert.Equal(vocabulary.Terms.Select(t => t.Code), definition["enum"]!.AsArray().Select(code => (string)code!));
        });
    }

    [Fact]
    public void Schema_EveryVocabularyIsUsedByTheDocument()
    {
        var used = Schemas(SchemaNode.Value, "#")
            .Where(s => !s.Path.StartsWith("#/$defs/", StringComparison.Ordinal) && s.Schema.ContainsKey("$ref"))
            .Select(s => (string)s.Schema["$ref"]!)
            .ToHashSet();

        Assert.All(Vocabularies.All, vocabulary => Assert.Contains($"#/$defs/{vocabulary.Name}", used));
    }

    [Fact]
    public void Schema_ClaimVocabularyIsAnyVocabularyName()
    {
        var vocabulary = SchemaNode.Value["properties"]!["sources"]!["items"]!["properties"]!["claims"]!["items"]!["properties"]!["vocabulary"]!;

        Assert.Equal(Vocabularies.All.Select(v => v.Name), vocabulary["enum"]!.AsArray().Select(name => (string)name!));
    }

    [Fact]
    public void SeedDataset_PassesTheSchema()
    {
        AssertValid(StemCellJson.Serialize(SeedArticle.Dataset));
    }

    [Fact]
    public void Format10Document_PassesTheSchema()
    {
        AssertValid(File.ReadAllText(RepositoryFiles.TestData("format-1.0-dataset.json")));
    }

    [Fact]
    public void Schema_OnlyDeprecatedPropertyIsFormat10DeliveryRoute()
    {
        // Read for format 1.0 documents, never written.
        var deprecated = Schemas(SchemaNode.Value, "#")
            .Where(s => s.Schema["properties"] is JsonObject)
            .SelectMany(s => s.Schema["properties"]!.AsObject().Where(p => (bool?)p.Value?["deprecated"] == true).Select(p => p.Key));

        Assert.Equal(["deliveryRoute"], deprecated);
    }

    [Fact]
    public void FullDataset_PassesTheSchema()
    {
        AssertValid(FullDocument);
    }

    [Fact]
    public void FullDataset_FillsEveryPropertyTheSchemaDefines()
    {
        // Proves the full dataset exercises the whole schema: every property of every object schema appears in it.
        var written = AllNodes(JsonNode.Parse(FullDocument)!, "$")
            .Where(n => n.Node is JsonObject)
            .SelectMany(n => n.Node!.AsObject().Select(p => p.Key))
            .ToHashSet();
        var defined = Schemas(SchemaNode.Value, "#")
            .Where(s => s.Schema["properties"] is JsonObject)
            .SelectMany(s => s.Schema["properties"]!.AsObject().Where(p => p.Value?["deprecated"] is null).Select(p => p.Key))
            .ToHashSet();

        Assert.Empty(defined.Except(written));
    }

    [Fact]
    public void MinimalDocument_PassesTheSchema()
    {
        AssertValid($$"""{"formatVersion":"{{StemCellJson.FormatVersion}}"}""");
    }

    [Theory]
    [InlineData("/formatVersion", "\"1.0\"")]
    [InlineData("/formatVersion", "\"1.7\"")]
    [InlineData("/formatVersion", "\"1.12\"")]
    [InlineData("/sources/0/publisher", "null")]
    [InlineData("/sources/0/publicationDate", "null")]
    [InlineData("/sources/0/publicationDate", "\"2024\"")]
    [InlineData("/sources/0/publicationDate", "\"2024-02\"")]
    [InlineData("/sources/0/publicationDate", "\"2024-02-29\"")]
    [InlineData("/sources/0/locator", "null")]
    [InlineData("/sources/0/claims/0/vocabulary", "\"code-system\"")]
    [InlineData("/studies/0/phase", "null")]
    [InlineData("/studies/0/status", "null")]
    [InlineData("/studies/0/interventions/0/numberOfAdministrations", "null")]
    [InlineData("/studies/0/enrollmentActuality", "null")]
    [InlineData("/studies/0/completionDateActuality", "\"actual\"")]
    [InlineData("/studies/0/interventions/0/tissueSource", "null")]
    [InlineData("/studies/0/interventions/0/stemCellType", "null")]
    [InlineData("/studies/0/interventions/0/deliveryRoutes", "[\"intravenous\",\"intrathecal\"]")]
    [InlineData("/studies/0/evidence", "[]")]
    [InlineData("/studies/0/interventions/0/dose", "null")]
    [InlineData("/studies/0/findings/0/timeFrame", "null")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P2W\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P1Y6M\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"PT36H\"")]
    [InlineData("/studies/0/findings/0/result", "null")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval", "null")]
    [InlineData("/studies/0/safety/tolerability", "null")]
    public void ValidVariation_PassesTheSchemaAndTheReader(string pointer, string json)
    {
        // Where the claimed vocabulary changes, so must the code.
        var document = With(FullDocument, pointer, json);
        if (pointer.EndsWith("/vocabulary", StringComparison.Ordinal))
        {
            document = With(document, pointer.Replace("/vocabulary", "/code", StringComparison.Ordinal), "\"mondo\"");
        }

        AssertValid(document);
        Assert.True(StemCellJson.TryDeserialize(document, out _, out var problems), string.Join("\n", problems));
    }

    [Theory]
    // Unknown properties, at every level.
    [InlineData("/comment", "\"x\"")]
    [InlineData("/sources/0/doi", "\"10.1000/x\"")]
    [InlineData("/sources/0/locator/url", "\"https://example.org\"")]
    [InlineData("/sources/0/claims/0/confidence", "\"high\"")]
    [InlineData("/studies/0/sponsor", "\"x\"")]
    [InlineData("/studies/0/institutions/0/city", "\"Cambridge\"")]
    [InlineData("/studies/0/registryIdentifiers/0/url", "\"x\"")]
    [InlineData("/studies/0/interventions/0/cellCount", "5")]
    [InlineData("/studies/0/interventions/0/dose/perKilogram", "true")]
    [InlineData("/studies/0/findings/0/pValue", "0.01")]
    [InlineData("/studies/0/findings/0/population/size", "10")]
    [InlineData("/studies/0/findings/0/result/percent", "80")]
    [InlineData("/studies/0/findings/1/result/unit", "\"points\"")]
    [InlineData("/studies/0/findings/3/result/pValue", "0.01")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval/method", "\"wald\"")]
    [InlineData("/studies/0/mechanisms/0/evidence", "\"x\"")]
    [InlineData("/studies/0/safety/deaths", "0")]
    // Wrong JSON types.
    [InlineData("/formatVersion", "1.0")]
    [InlineData("/sources", "{}")]
    [InlineData("/studies", "\"none\"")]
    [InlineData("/sources/0/title", "42")]
    [InlineData("/sources/0/authors", "\"A. Author\"")]
    [InlineData("/sources/0/authors/0", "7")]
    [InlineData("/sources/0/locator", "\"https://example.org\"")]
    [InlineData("/studies/0", "[]")]
    [InlineData("/studies/0/disease", "1")]
    [InlineData("/studies/0/courses", "\"relapsing-remitting-ms\"")]
    [InlineData("/studies/0/enrollment", "\"48\"")]
    [InlineData("/studies/0/enrollment", "48.5")]
    [InlineData("/studies/0/interventions/0/dose/amount", "\"2000000\"")]
    [InlineData("/studies/0/interventions/0/numberOfAdministrations", "true")]
    [InlineData("/studies/0/findings/0/result/value", "\"0.5\"")]
    [InlineData("/studies/0/findings/0/population", "\"all-participants\"")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval/level", "\"95%\"")]
    [InlineData("/studies/0/sourceIds", "\"full-source\"")]
    // Null where a value is required.
    [InlineData("/formatVersion", "null")]
    [InlineData("/sources/0/id", "null")]
    [InlineData("/studies/0/disease", "null")]
    [InlineData("/studies/0/findings/0/population", "null")]
    [InlineData("/studies/0/findings/3/result/estimate", "null")]
    // Null for a list: an absent list is an empty one, but null is not a list.
    [InlineData("/studies", "null")]
    [InlineData("/studies/0/courses", "null")]
    [InlineData("/sources/0/authors", "null")]
    // Codes that are not in their vocabulary.
    [InlineData("/sources/0/evidenceKind", "\"blog-post\"")]
    [InlineData("/sources/0/locator/kind", "\"isbn\"")]
    [InlineData("/sources/0/claims/0/vocabulary", "\"benefit\"")]
    [InlineData("/sources/0/claims/0/code", "\"parkinsons-disease\"")]
    [InlineData("/sources/0/claims/0/code", "\"access-and-cost\"")]
    [InlineData("/studies/0/disease", "\"parkinsons-disease\"")]
    [InlineData("/studies/0/courses/0", "\"benign-ms\"")]
    [InlineData("/studies/0/phase", "\"phase-5\"")]
    [InlineData("/studies/0/status", "\"paused\"")]
    [InlineData("/studies/0/designs/0", "\"triple-blind\"")]
    [InlineData("/studies/0/registryIdentifiers/0/registry", "\"who-ictrp\"")]
    [InlineData("/studies/0/interventions/0/stemCellType", "\"totipotent\"")]
    [InlineData("/studies/0/interventions/0/tissueSource", "\"liver\"")]
    [InlineData("/studies/0/interventions/0/donorOrigin", "\"xenogeneic\"")]
    [InlineData("/studies/0/interventions/0/deliveryRoutes/0", "\"oral\"")]
    // Format 1.0's single route beside the list that replaced it.
    [InlineData("/studies/0/interventions/0/deliveryRoute", "\"intravenous\"")]
    [InlineData("/studies/0/interventions/0/dose/unit", "\"milligrams\"")]
    [InlineData("/studies/0/findings/0/outcomeMeasure", "\"happiness\"")]
    [InlineData("/studies/0/findings/0/direction", "\"reversed\"")]
    [InlineData("/studies/0/findings/0/population/kind", "\"cohort\"")]
    [InlineData("/studies/0/findings/1/result/scale", "\"mrs\"")]
    [InlineData("/studies/0/mechanisms/0/mechanism", "\"magic\"")]
    [InlineData("/studies/0/safety/tolerability", "\"intolerable\"")]
    // Partial dates that are not a year, year-month or date.
    [InlineData("/sources/0/publicationDate", "\"23\"")]
    [InlineData("/sources/0/publicationDate", "\"0000\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-5\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-13\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-00\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-04-31\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-02-29\"")]
    [InlineData("/sources/0/publicationDate", "\"1900-02-29\"")]
    [InlineData("/sources/0/publicationDate", "\"2023/05/14\"")]
    [InlineData("/sources/0/publicationDate", "\"2023-05-14T00:00\"")]
    [InlineData("/studies/0/reportedIn", "\"+2023\"")]
    [InlineData("/studies/0/startDate", "\"12023\"")]
    [InlineData("/studies/0/completionDate", "2023")]
    // Time frames that are not positive ISO-8601 durations.
    [InlineData("/studies/0/findings/0/timeFrame", "\"3Y\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"PT\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P-3D\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P1.5Y\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P3y\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"P6M1Y\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "\"three years\"")]
    [InlineData("/studies/0/findings/0/timeFrame", "36")]
    // Results of an unknown kind, or missing the kind.
    [InlineData("/studies/0/findings/0/result/kind", "\"odds-ratio\"")]
    [InlineData("/studies/0/findings/0/result/kind", "\"Proportion\"")]
    [InlineData("/studies/0/findings/0/result/kind", "1")]
    [InlineData("/studies/0/findings/0/result", "{\"value\":0.5}")]
    [InlineData("/studies/0/findings/0/result", "{}")]
    // A result with the properties of another kind.
    [InlineData("/studies/0/findings/0/result/kind", "\"hazard-ratio\"")]
    [InlineData("/studies/0/findings/1/result/kind", "\"scale-change\"")]
    // Format versions this reader does not know or cannot read.
    [InlineData("/formatVersion", "\"2.0\"")]
    [InlineData("/formatVersion", "\"0.9\"")]
    [InlineData("/formatVersion", "\"1\"")]
    [InlineData("/formatVersion", "\"1.x\"")]
    [InlineData("/formatVersion", "\"v1.0\"")]
    [InlineData("/formatVersion", "\"1.0.0\"")]
    public void InvalidValue_FailsTheSchemaAndTheReader(string pointer, string json)
    {
        AssertRejectedByBoth(With(FullDocument, pointer, json), $"{pointer} = {json}");
    }

    [Theory]
    [InlineData("/formatVersion")]
    [InlineData("/sources/0/id")]
    [InlineData("/sources/0/title")]
    [InlineData("/sources/0/evidenceKind")]
    [InlineData("/sources/0/locator/kind")]
    [InlineData("/sources/0/locator/value")]
    [InlineData("/sources/0/claims/0/vocabulary")]
    [InlineData("/sources/0/claims/0/code")]
    [InlineData("/sources/0/claims/0/quote")]
    [InlineData("/studies/0/id")]
    [InlineData("/studies/0/title")]
    [InlineData("/studies/0/disease")]
    [InlineData("/studies/0/institutions/0/name")]
    [InlineData("/studies/0/registryIdentifiers/0/registry")]
    [InlineData("/studies/0/registryIdentifiers/0/value")]
    [InlineData("/studies/0/interventions/0/dose/amount")]
    [InlineData("/studies/0/interventions/0/dose/unit")]
    [InlineData("/studies/0/findings/0/outcomeMeasure")]
    [InlineData("/studies/0/findings/0/direction")]
    [InlineData("/studies/0/findings/0/population")]
    [InlineData("/studies/0/findings/0/population/kind")]
    [InlineData("/studies/0/findings/0/quote")]
    [InlineData("/studies/0/findings/0/result/kind")]
    [InlineData("/studies/0/findings/0/result/value")]
    [InlineData("/studies/0/findings/1/result/scale")]
    [InlineData("/studies/0/findings/1/result/score")]
    [InlineData("/studies/0/findings/2/result/scale")]
    [InlineData("/studies/0/findings/2/result/change")]
    [InlineData("/studies/0/findings/3/result/estimate")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval/lower")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval/upper")]
    [InlineData("/studies/0/findings/3/result/confidenceInterval/level")]
    [InlineData("/studies/0/mechanisms/0/mechanism")]
    [InlineData("/studies/0/mechanisms/0/quote")]
    public void MissingRequiredProperty_FailsTheSchemaAndTheReader(string pointer)
    {
        AssertRejectedByBoth(Without(FullDocument, pointer), $"without {pointer}");
    }

    [Theory]
    [InlineData("/studies/0/disease", "\"Multiple-Sclerosis\"")]
    [InlineData("/studies/0/disease", "\"MS\"")]
    [InlineData("/studies/0/interventions/0/stemCellType", "\"HSC\"")]
    [InlineData("/studies/0/findings/0/direction", "\"unchanged\"")]
    [InlineData("/sources/0/claims/0/vocabulary", "\"Disease\"")]
    public void SynonymOrOtherCase_FailsTheSchemaAndTheStrictReaderButNotTheLenientOne(string pointer, string json)
    {
        // The schema and the strict reader take canonical codes only; the lenient mode forgives, as documented.
        var document = With(FullDocument, pointer, json);

        AssertRejectedByBoth(document, $"{pointer} = {json}");
        Assert.True(StemCellJson.TryDeserialize(document, out _, out var problems, StemCellJsonReaderOptions.Lenient), string.Join("\n", problems));
    }

    [Fact]
    public void RuleAcrossValues_IsLeftToTheReader()
    {
        // Which source ids exist is the model's rule, not the document's shape.
        var document = With(FullDocument, "/studies/0/sourceIds/0", "\"no-such-source\"");

        AssertValid(document);
        Assert.False(StemCellJson.TryDeserialize(document, out _, out _));
    }

    [Fact]
    public void FormatVersionPattern_AcceptsWhatThisLibraryWrites()
    {
        var pattern = Pattern(SchemaNode.Value["properties"]!["formatVersion"]!);

        Assert.Matches(pattern, StemCellJson.FormatVersion);
        Assert.All(StemCellJson.SupportedMajorVersions, major => Assert.Matches(pattern, $"{major}.0"));
    }

    [Fact]
    public void PartialDatePattern_AcceptsExactlyWhatPartialDateParses()
    {
        var pattern = Pattern(SchemaNode.Value["$defs"]!["partial-date"]!);
        var candidates = new List<string> { "", "2023-", "2023-05-", "+2023", " 2023", "2023 ", "20230", "2023-05-14T00:00", "2023-5-14", "２０２３" };
        foreach (var year in new[] { 0, 1, 4, 99, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9996, 9999 })
        {
            var y = year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            candidates.Add(y);
            for (var month = 0; month <= 13; month++)
            {
                var m = $"{y}-{month:00}";
                candidates.Add(m);
                candidates.AddRange(Enumerable.Range(0, 33).Select(day => $"{m}-{day:00}"));
            }
        }

        Assert.All(candidates, text => Assert.True(
            PartialDate.TryParse(text, out _) == pattern.IsMatch(text),
            $"'{text}': PartialDate.TryParse says {PartialDate.TryParse(text, out _)}, the schema's pattern {pattern.IsMatch(text)}."));
    }

    [Theory]
    [InlineData("P3Y")]
    [InlineData("P6M")]
    [InlineData("P2W")]
    [InlineData("P10D")]
    [InlineData("P1Y2M3W4DT5H6M7S8s9t10n")]
    [InlineData("PT12H")]
    [InlineData("PT1500s")]
    [InlineData("P03Y")]
    public void PeriodDefinition_AcceptsWhatNodaTimeReadsAsAPositivePeriod(string text)
    {
        var definition = SchemaNode.Value["$defs"]!["period"]!;
        var parsed = PeriodPattern.Roundtrip.Parse(text);

        Assert.True(parsed.Success && Finding.IsValidTimeFrame(parsed.Value), $"The test's own example '{text}' is not a valid time frame.");
        Assert.Matches(Pattern(definition), text);
        Assert.True(text.Length >= (int)definition["minLength"]!);
    }

    [Fact]
    public void PeriodDefinition_AcceptsEveryPositiveTimeFrameTheWriterWrites()
    {
        var pattern = Pattern(SchemaNode.Value["$defs"]!["period"]!);
        var periods = new[]
        {
            Period.FromYears(3), Period.FromMonths(36), Period.FromWeeks(2), Period.FromDays(90), Period.FromHours(36),
            Period.FromMinutes(90), Period.FromSeconds(30), Period.FromMilliseconds(1500), Period.FromTicks(7), Period.FromNanoseconds(5),
            new PeriodBuilder { Years = 1, Months = 6, Days = 15, Hours = 12 }.Build(),
        };

        Assert.All(periods, period => Assert.Matches(pattern, PeriodPattern.Roundtrip.Format(period)));
    }

    private static EvidenceDataset BuildFullDataset()
    {
        const string sourceId = "full-source";
        const string registrySourceId = "full-registry-record";
        var source = new Source(
            sourceId,
            "A randomized trial of autologous hematopoietic stem cell transplantation in relapsing-remitting multiple sclerosis",
            EvidenceKind.PeerReviewedPublication,
            publisher: "A Journal of Neurology",
            authors: ["A. Author", "B. Author"],
            publicationDate: PartialDate.FromDate(2024, 3, 15),
            locator: SourceLocator.FromDoi("10.1000/stemcell.2024.001"),
            claims:
            [
                new(Disease.MultipleSclerosis, "relapsing-remitting multiple sclerosis"),
                new(TherapeuticBenefit.ImmuneModulation, "modulated the immune response"),
                new(Challenge.AccessAndCost, "the cost of the therapy"),
            ],
            notes: "Built for the schema tests.");
        var registryRecord = new Source(
            registrySourceId,
            "Registry record of the trial",
            EvidenceKind.RegistryRecord,
            publicationDate: PartialDate.FromYearMonth(2021, 9),
            locator: SourceLocator.FromUrl("https://clinicaltrials.gov/study/NCT04047628"));

        var study = new Study(
            "full-study",
            "Autologous hematopoietic stem cell transplantation in relapsing-remitting multiple sclerosis",
            Disease.MultipleSclerosis,
            institutions: [new("University Hospital", "GB")],
            courses: [DiseaseCourse.RelapsingRemittingMs],
            phase: TrialPhase.Phase2,
            status: StudyStatus.Completed,
            designs: [StudyDesign.RandomizedControlled, StudyDesign.DoubleBlind],
            enrollment: 48,
            enrollmentActuality: Actuality.Actual,
            reportedIn: PartialDate.FromYear(2024),
            startDate: PartialDate.FromYearMonth(2021, 9),
            startDateActuality: Actuality.Actual,
            completionDate: PartialDate.FromDate(2023, 11, 30),
            completionDateActuality: Actuality.Estimated,
            registryIdentifiers: [new(Registry.ClinicalTrialsGov, "NCT04047628")],
            interventions:
            [
                new(StemCellType.Hematopoietic, TissueSource.PeripheralBlood, DonorOrigin.Autologous, [DeliveryRoute.Intravenous],
                    conditioningRegimen: "cyclophosphamide and anti-thymocyte globulin", dose: new Dose(5_000_000m, DoseUnit.CellsPerKilogram),
                    numberOfAdministrations: 1),
            ],
            outcomeMeasures: [OutcomeMeasure.DisabilityProgression, OutcomeMeasure.RelapseRate],
            clinicalScales: [ClinicalScale.Edss],
            findings:
            [
                new(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Stabilized, Population.AllParticipants,
                    "20 of 24 participants showed no progression", [sourceId], new Proportion(0.8333m, 20, 24), Period.FromYears(1)),
                new(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Improved, Population.Subgroup("the treated arm"),
                    "a mean EDSS of 3.5", [sourceId], new ScaleScore(ClinicalScale.Edss, 3.5m), Period.FromMonths(6)),
                new(OutcomeMeasure.DisabilityProgression, OutcomeDirection.Improved, Population.Subgroup("the treated arm"),
                    "EDSS fell by 0.5", [sourceId], new ScaleChange(ClinicalScale.Edss, -0.5m)),
                new(OutcomeMeasure.RelapseRate, OutcomeDirection.Improved, Population.AllParticipants,
                    "a hazard ratio for relapse of 0.6 (95% CI 0.4 to 0.9)", [sourceId],
                    new HazardRatio(0.6m, new ConfidenceInterval(0.4m, 0.9m))),
            ],
            mechanisms: [new(Mechanism.ImmuneModulation, "modulated the immune response")],
            safety: new SafetyProfile(
                [sourceId], Tolerability.WellTolerated, adverseEvents: ["headache"], risks: ["infection"], quote: "the therapy was well tolerated"),
            evidence:
            [
                new(DeliveryRoute.Intravenous, "protocolSection.armsInterventionsModule.interventions[0].description", "infused intravenously", registrySourceId),
                new(ClinicalScale.Edss, "protocolSection.outcomesModule.primaryOutcomes[0].measure", "EDSS", registrySourceId),
            ],
            sourceIds: [sourceId, registrySourceId],
            notes: "Every optional part is filled.");

        return new EvidenceDataset([source, registryRecord], [study]);
    }

    private static void AssertValid(string document)
    {
        var result = Evaluate(document);
        Assert.True(result.IsValid, Describe(result));
    }

    private static void AssertInvalid(string document, string change)
    {
        Assert.False(Evaluate(document).IsValid, $"The schema accepts the document with {change}.");
    }

    private static void AssertRejectedByBoth(string document, string change)
    {
        AssertInvalid(document, change);
        Assert.False(StemCellJson.TryDeserialize(document, out _, out _), $"The reader accepts the document with {change}, which the schema rejects.");
    }

    private static EvaluationResults Evaluate(string document) =>
        Schema.Value.Evaluate(JsonNode.Parse(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));

    private static Regex Pattern(JsonNode schema) =>
        new((string)schema["pattern"]!, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The document with the value at a JSON Pointer replaced, or added when its object lacks it.</summary>
    private static string With(string document, string pointer, string json)
    {
        var root = JsonNode.Parse(document)!;
        var (parent, key) = Parent(root, pointer);
        var value = JsonNode.Parse(json);
        if (parent is JsonArray array)
        {
            array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[key] = value;
        }

        return root.ToJsonString();
    }

    /// <summary>The document without the property at a JSON Pointer.</summary>
    private static string Without(string document, string pointer)
    {
        var root = JsonNode.Parse(document)!;
        var (parent, key) = Parent(root, pointer);
        Assert.True(parent.AsObject().Remove(key), $"The full document has nothing at {pointer}.");
        return root.ToJsonString();
    }

    private static (JsonNode Parent, string Key) Parent(JsonNode root, string pointer)
    {
        var segments = pointer.Split('/')[1..];
        var node = root;
        foreach (var segment in segments[..^1])
        {
            node = (node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : node[segment])
                ?? throw new Xunit.Sdk.XunitException($"The full document has nothing at /{segment} of {pointer}.");
        }

        return (node, segments[^1]);
    }

    /// <summary>Every schema object in the schema, with its location, for checks that must miss none.</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> Schemas(JsonObject schema, string path) =>
        AllNodes(schema, path).Where(n => n.Node is JsonObject && IsSchemaPosition(n.Path)).Select(n => (n.Path, n.Node!.AsObject()));

    // Objects under "properties" and "$defs" are maps of names to schemas, and "enum" and "const" hold values.
    private static bool IsSchemaPosition(string path) =>
        !path.EndsWith("/properties", StringComparison.Ordinal) && !path.EndsWith("/$defs", StringComparison.Ordinal)
        && !path.Contains("/enum", StringComparison.Ordinal) && !path.Contains("/const", StringComparison.Ordinal);

    private static IEnumerable<(string Path, JsonNode? Node)> AllNodes(JsonNode? node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var item in AllNodes(child, $"{path}/{name}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in AllNodes(array[i], $"{path}/{i}"))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }
}
