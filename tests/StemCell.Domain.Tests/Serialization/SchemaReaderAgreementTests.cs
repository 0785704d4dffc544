using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.TestSupport;

namespace StemCell.Domain.Tests.Serialization;

/// <summary>
/// The differential test of the format's JSON Schema (<see cref="StemCellJsonSchema"/>, evaluated by JsonSchema.Net)
/// against the strict reader (<see cref="StemCellJson.TryDeserialize(string?, out EvidenceDataset?, out System.Collections.Immutable.ImmutableArray{ValidationProblem}, StemCellJsonReaderOptions?)"/>):
/// on valid generated documents and on every single change <see cref="DocumentMutations"/> knows of them, both must give
/// the same verdict.
/// </summary>
/// <remarks>
/// <para>
/// The one exception is a document that breaks a rule relating two or more values (<see cref="CrossValueRules"/>:
/// unique ids, known sources, courses of the study's disease, numerator at most denominator, lower bound at most upper
/// and the like), which a JSON Schema cannot state and the schema's description leaves to the reader. Such a document
/// is checked only for the reader rejecting it: whatever the schema says of it, a reader that accepts it is wrong. The
/// rules are detected from the mutated document itself, not from the reader's messages, so the test does not trust the
/// reader to classify its own verdicts.
/// </para>
/// <para>
/// Every (kind of change, property of the format) pair that occurs in a generated document is tried the first time it
/// occurs, and a few more changes per document are picked at random, so the run covers every object and every property
/// while staying small. Documents come from <see cref="ModelGen.Dataset"/>. A failure lists one example of each class
/// of disagreement (kind of change, property, verdicts) with the changed object, the schema's errors at the change and
/// the reader's problems, which reproduce it without the generator.
/// </para>
/// <para>
/// The same judgement runs over the invalid-document corpus (<c>TestData/json-invalid/</c>, every file a schema can
/// evaluate) and the valid test documents.
/// </para>
/// </remarks>
public sealed class SchemaReaderAgreementTests
{
    private const int Documents = 80;

    private const int MaximumRounds = 5;

    private const int RandomMutationsPerDocument = 3;

    private const int ReportedClasses = 400;

    // Evaluating the schema is most of the run's time and grows with the document, so the mutated documents are small:
    // one study (which holds every object of a study) and one or two sources.
    private static readonly Gen<EvidenceDataset> SmallDataset = ModelGen.Dataset.Where(dataset => dataset.Studies.Length == 1 && dataset.Sources.Length <= 2);

    // Kinds of change from a fixed list of values, each of which probes another limit (a negative number, a fraction, an
    // integer beyond 32 bits...): every value is tried at every place, where other kinds are tried once per place.
    private static readonly HashSet<string> EveryValueTried =
        ["number out of range", "malformed date", "malformed period", "format version", "id not a slug", "malformed country", "wrong kind"];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(StemCellJsonSchema.ToJson()));

    private static readonly Lazy<JsonObject> SchemaNode = new(() => JsonNode.Parse(StemCellJsonSchema.ToJson())!.AsObject());

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly EvaluationOptions VerdictOnly = new() { OutputFormat = OutputFormat.Flag };

    private static readonly EvaluationOptions WithErrors = new() { OutputFormat = OutputFormat.List };

    [Fact]
    public void AnyValidDocument_SchemaAndStrictReaderBothAccept()
    {
        ModelGen.Dataset.Sample(
            dataset =>
            {
                var json = StemCellJson.Serialize(dataset);

                var verdict = Judge(json);

                Assert.True(verdict.SchemaAccepts && verdict.ReaderAccepts, verdict.Describe());
                Assert.Empty(verdict.CrossValue);
            },
            iter: 40,
            threads: 1,
            print: StemCellJson.Serialize);
    }

    /// <summary>
    /// The invalid-document corpus's files that are JSON a schema can evaluate: not malformed, UTF-8, no duplicate
    /// property (whose meaning JSON leaves open, and which JsonSchema.Net cannot see: the strict reader rejects them alone).
    /// </summary>
    public static TheoryData<string> InvalidCorpusFiles() => [.. EvaluableCorpusFiles()];

    [Theory]
    [InlineData("corpus-base-dataset.json")]
    [InlineData("format-1.0-dataset.json")]
    [InlineData("seed-dataset.json")]
    public void ValidTestDocument_SchemaAndStrictReaderBothAccept(string file)
    {
        var verdict = Judge(File.ReadAllText(RepositoryFiles.TestData(file)));

        Assert.True(verdict.SchemaAccepts && verdict.ReaderAccepts, verdict.Describe());
        Assert.Empty(verdict.CrossValue);
    }

    [Theory]
    [MemberData(nameof(InvalidCorpusFiles))]
    public void InvalidCorpusDocument_SchemaAndStrictReaderBothReject(string file)
    {
        // Each file is a valid document with one change that the reader must reject (StemCellJsonTests.Corpus checks
        // why); the schema must reject it too, unless the change breaks only a rule across values.
        var verdict = Judge(File.ReadAllText(RepositoryFiles.TestData(Path.Combine("json-invalid", file))));

        Assert.False(verdict.ReaderAccepts, verdict.Describe());
        Assert.True(verdict.Agrees, verdict.Describe());
    }

    [Fact]
    public void CrossValueRules_FindABrokenRuleInExactlyTheCorpusFilesThatBreakOneAcrossValues()
    {
        // The test exempts what CrossValueRules finds from the schema's verdict, so it must find no more than the
        // rules across values: the corpus files named for such a rule, and none of the files named for another one.
        string[] acrossValues =
        [
            "actuality-without-value.json", "alsfrs-r-above-maximum.json", "alsfrs-r-change-beyond-range.json", "completion-before-start.json",
            "confidence-interval-lower-above-upper.json", "course-of-another-disease.json", "doi-short-registrant.json", "doi-with-resolver-prefix.json",
            "duplicate-source-id.json", "duplicate-study-id.json", "edss-above-maximum.json", "edss-off-step.json", "evidence-cites-unknown-source.json",
            "evidence-for-term-study-lacks.json", "finding-cites-unknown-source.json", "hazard-ratio-outside-interval.json", "hsct-with-mesenchymal-cells.json",
            "nct-id-lower-case.json", "nct-id-seven-digits.json", "numerator-above-denominator.json", "proportion-disagrees-with-counts.json",
            "safety-states-nothing.json", "study-cites-unknown-source.json", "url-not-http.json", "url-relative.json",
        ];

        var found = EvaluableCorpusFiles().Where(file => CrossValueRules.Broken(JsonNode.Parse(File.ReadAllText(RepositoryFiles.TestData(Path.Combine("json-invalid", file))))!).Count > 0);

        Assert.Equal(acrossValues, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnyMutatedDocument_SchemaAndStrictReaderAgree()
    {
        var tried = new ConcurrentDictionary<(string Kind, string Place, string? Value), bool>();
        var disagreements = new ConcurrentBag<(DocumentMutation Mutation, string Document, Verdict Verdict)>();
        var judged = 0;
        var crossValue = 0;

        // A rare part (a conditioning regimen needs hematopoietic cells) may be missing from one round's documents; more
        // rounds run until every property has been changed, and the assertion below fails if a few rounds never show it.
        for (var round = 0; round < MaximumRounds && (round == 0 || Unmutated(tried.Keys).Count > 0); round++)
        {
            Gen.Select(SmallDataset, Gen.Int[0, int.MaxValue].Array[RandomMutationsPerDocument]).Sample(
                (dataset, picks) =>
                {
                    var json = StemCellJson.Serialize(dataset);
                    var mutations = DocumentMutations.All(JsonNode.Parse(json)!).ToList();
                    var chosen = mutations
                        .Where(mutation => tried.TryAdd((mutation.Kind, mutation.Place, EveryValueTried.Contains(mutation.Kind) ? mutation.Json : null), true))
                        .Concat(picks.Select(pick => mutations[pick % mutations.Count]))
                        .Distinct();

                    foreach (var mutation in chosen)
                    {
                        var root = Focused(JsonNode.Parse(json)!.AsObject(), mutation.Pointer);
                        mutation.ApplyTo(root);
                        var document = root.ToJsonString();

                        var verdict = Judge(document);

                        Interlocked.Increment(ref judged);
                        if (verdict.CrossValue.Count > 0)
                        {
                            Interlocked.Increment(ref crossValue);
                        }

                        if (!verdict.Agrees)
                        {
                            disagreements.Add((mutation, document, verdict));
                        }
                    }
                },
                iter: Documents,
                threads: 1);
        }

        Assert.True(disagreements.IsEmpty, Report(disagreements, judged, crossValue));
        Assert.Empty(Unmutated(tried.Keys));
    }

    /// <summary>
    /// The document without the parts a change cannot interact with, which makes evaluating the schema several times
    /// faster: a change to the sources is judged without the studies (which only cite them, so a deleted or renamed
    /// source leaves no citation dangling), and a change to the studies without the sources' claims. What remains is
    /// still the generated document, valid but for the change.
    /// </summary>
    private static JsonObject Focused(JsonObject root, string pointer)
    {
        if (pointer.StartsWith("/sources", StringComparison.Ordinal))
        {
            root.Remove("studies");
        }
        else if (pointer.StartsWith("/studies", StringComparison.Ordinal))
        {
            foreach (var source in root["sources"]?.AsArray() ?? [])
            {
                source!.AsObject().Remove("claims");
            }
        }

        return root;
    }

    /// <summary>
    /// What the run has not changed yet: each property the schema defines (format 1.0's deprecated one aside, which no
    /// valid document of today's format holds) that it has not deleted, and each kind of result, population and locator,
    /// and the confidence interval, that it has not given an unknown property.
    /// </summary>
    private static List<string> Unmutated(ICollection<(string Kind, string Place, string? Value)> tried)
    {
        var deleted = tried.Where(t => t.Kind == "delete").Select(t => t.Place[(t.Place.LastIndexOf('/') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var extended = tried.Where(t => t.Kind == "unknown property").Select(t => t.Place).ToList();
        string[] objects = ["(proportion)", "(scale-score)", "(scale-change)", "(hazard-ratio)", "(all-participants)", "(subgroup)", "(doi)", "(url)", "/confidenceInterval"];
        return
        [
            .. SchemaPropertyNames(SchemaNode.Value).Distinct(StringComparer.Ordinal).Where(name => !deleted.Contains(name)).Select(name => $"property {name}"),
            .. objects.Where(o => !extended.Any(place => place.EndsWith($"{o}/unknownProperty", StringComparison.Ordinal))).Select(o => $"object {o}"),
        ];
    }

    private static IEnumerable<string> SchemaPropertyNames(JsonNode? node) => node switch
    {
        JsonObject obj =>
            (obj["properties"] is JsonObject properties
                ? properties.Where(p => p.Value?["deprecated"] is null).Select(p => p.Key)
                : [])
            .Concat(obj.Where(p => p.Key is not ("enum" or "const")).SelectMany(p => SchemaPropertyNames(p.Value))),
        JsonArray array => array.SelectMany(SchemaPropertyNames),
        _ => [],
    };

    private static IEnumerable<string> EvaluableCorpusFiles() =>
        Directory.GetFiles(RepositoryFiles.TestData("json-invalid"), "*.json")
            .Where(path => Path.GetFileName(path) != "expectations.json" && ParseOrNull(File.ReadAllBytes(path)) is not null)
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    private static JsonNode? ParseOrNull(byte[] utf8)
    {
        try
        {
            _ = StrictUtf8.GetString(utf8);
            var node = JsonNode.Parse(utf8, documentOptions: new System.Text.Json.JsonDocumentOptions { AllowDuplicateProperties = false });
            return node is JsonObject ? node : null;
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static Verdict Judge(string document)
    {
        var node = JsonNode.Parse(document)!;
        bool schemaAccepts;
        try
        {
            schemaAccepts = Schema.Value.Evaluate(node, VerdictOnly).IsValid;
        }
        catch (Exception error) when (error is OverflowException or FormatException or InvalidOperationException)
        {
            // JsonSchema.Net cannot read some numbers (1e30 for an integer: it converts to decimal). No value of the format
            // is so large, so the reader must reject the document; the schema is taken to, and the failure says why.
            return new Verdict(false, StemCellJson.TryDeserialize(document, out _, out var readerProblems, StemCellJsonReaderOptions.Strict), readerProblems.Select(p => p.ToString()).ToList(), CrossValueRules.Broken(node), document, $"the evaluator threw {error.GetType().Name}: {error.Message}");
        }

        var readerAccepts = StemCellJson.TryDeserialize(document, out _, out var problems, StemCellJsonReaderOptions.Strict);
        return new Verdict(schemaAccepts, readerAccepts, problems.Select(p => p.ToString()).ToList(), CrossValueRules.Broken(node), document, null);
    }

    private static string Report(IEnumerable<(DocumentMutation Mutation, string Document, Verdict Verdict)> disagreements, int judged, int crossValue)
    {
        var classes = disagreements
            .GroupBy(d => (d.Mutation.Kind, d.Mutation.Place, Value: EveryValueTried.Contains(d.Mutation.Kind) ? d.Mutation.Json : null, d.Verdict.SchemaAccepts, d.Verdict.ReaderAccepts))
            .OrderBy(group => group.Key.Place, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Kind, StringComparer.Ordinal)
            .ToList();
        var report = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"The schema and the strict reader disagree on {classes.Sum(c => c.Count())} of {judged} mutated documents ({crossValue} of which break a cross-value rule, where only the reader's rejection counts), in {classes.Count} classes (kind of change, property, verdicts, and the value where every value is tried); one example of each:");
        foreach (var group in classes.Take(ReportedClasses))
        {
            var (mutation, document, verdict) = group.First();
            report.AppendLine()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {mutation}   [{group.Count()}x at {mutation.Place}]")
                .AppendLine(verdict.Describe(mutation.Pointer));
        }

        if (classes.Count > ReportedClasses)
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"... and {classes.Count - ReportedClasses} more classes.");
        }

        return report.ToString();
    }

    /// <summary>What the schema and the reader said of one document, and the cross-value rules it breaks.</summary>
    private sealed record Verdict(bool SchemaAccepts, bool ReaderAccepts, List<string> ReaderProblems, List<string> CrossValue, string Document, string? SchemaError)
    {
        /// <summary>Gets whether the verdicts agree: the same, or a rejection by the reader where a cross-value rule is broken.</summary>
        public bool Agrees => CrossValue.Count == 0 ? SchemaAccepts == ReaderAccepts : !ReaderAccepts;

        /// <summary>The verdicts with their reasons, and the object of the document that holds the changed value.</summary>
        public string Describe(string? changed = null)
        {
            var changedObject = changed?[..changed.LastIndexOf('/')];
            var text = new StringBuilder();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    schema: {(SchemaAccepts ? "accepts" : "rejects")}{SchemaReasons(changed ?? string.Empty)}");
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    reader: {(ReaderAccepts ? "accepts" : "rejects: " + string.Join("; ", ReaderProblems.Take(4)))}");
            if (CrossValue.Count > 0)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    cross-value rules broken: {string.Join("; ", CrossValue)}");
            }

            var fragment = changedObject is null ? Document : DocumentMutations.Find(JsonNode.Parse(Document)!, changedObject)?.ToJsonString() ?? Document;
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"    changed object: {(fragment.Length > 400 ? fragment[..400] + "..." : fragment)}");
            return text.ToString();
        }

        private string SchemaReasons(string changed)
        {
            if (SchemaError is not null)
            {
                return ": " + SchemaError;
            }

            if (SchemaAccepts)
            {
                return string.Empty;
            }

            var result = Schema.Value.Evaluate(JsonNode.Parse(Document), WithErrors);
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => (Location: d.InstanceLocation.ToString(), Text: $"{d.InstanceLocation}: {e.Key}: {e.Value}")))
                .ToList();

            // The failed branches of an anyOf report errors everywhere; those at the changed value say why.
            var atChange = errors.Where(e => e.Location.StartsWith(changed, StringComparison.Ordinal)).ToList();
            return ": " + string.Join("; ", (atChange.Count > 0 ? atChange : errors).Select(e => e.Text).Distinct(StringComparer.Ordinal).Take(3));
        }
    }
}
