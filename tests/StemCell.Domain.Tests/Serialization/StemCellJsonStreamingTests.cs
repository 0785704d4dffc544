using System.Text;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public class StemCellJsonStreamingTests
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(7)]
    [InlineData(1)]
    public async Task ReadStudiesAsync_SeedDocument_YieldsEveryStudyInOrderWhateverTheChunkSize(int chunkSize)
    {
        var bytes = StemCellJson.SerializeToUtf8Bytes(SeedArticle.Dataset);

        var studies = await ReadAll(new ChunkedStream(bytes, chunkSize));

        Assert.Equal(SeedArticle.Dataset.Studies.ToArray(), studies);
    }

    [Fact]
    public async Task ReadStudiesAsync_ManyStudiesAndOneLargerThanTheWindow_YieldsThemAll()
    {
        var studies = Enumerable.Range(0, 3000).Select(i => Synthetic(i)).ToList();
        studies[1500] = Synthetic(1500, notes: new string('n', 200_000));
        var dataset = new EvidenceDataset([SeedArticle.Source], studies);

        var read = await ReadAll(new ChunkedStream(StemCellJson.SerializeToUtf8Bytes(dataset), 4096));

        Assert.Equal(studies, read);
    }

    [Fact]
    public async Task ReadStudiesAsync_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(StemCellJson.SerializeToUtf8Bytes(SeedArticle.Dataset)).ToArray();

        Assert.Equal(3, (await ReadAll(new MemoryStream(bytes))).Count);
    }

    [Fact]
    public async Task ReadStudiesAsync_InvalidSecondStudy_YieldsTheFirstThenFailsWithThePath()
    {
        var json = Document("""{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["seed-article"]}""", """{"id":"b","title":"B","disease":"parkinsons"}""");
        var yielded = new List<Study>();

        var error = await Assert.ThrowsAsync<StemCellJsonException>(async () =>
        {
            await foreach (var study in StemCellJson.ReadStudiesAsync(new MemoryStream(Encoding.UTF8.GetBytes(json))))
            {
                yielded.Add(study);
            }
        });

        Assert.Equal(["a"], yielded.Select(s => s.Id));
        Assert.Equal("$.studies[1].disease", error.Path);
        Assert.Contains("'parkinsons' is not a disease code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"formatVersion":"2.0","studies":[]}""", "$.formatVersion", "this reader supports 1.x")]
    [InlineData("""{"studies":[],"formatVersion":"1.0"}""", "$", "Expected 'formatVersion' as the first property")]
    [InlineData("""{"formatVersion":"1.0","studies":[]} x""", "$", "")]
    [InlineData("""{"formatVersion":"1.0","extra":1,"studies":[]}""", "$.extra", "not part of a dataset")]
    [InlineData("""[1]""", "$", "Expected a dataset as a JSON object, but found an array")]
    [InlineData("""{"formatVersion":"1.0","studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["nowhere"]}]}""", "$.studies[0]", "cannot be checked")]
    [InlineData("""{"formatVersion":"1.0","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["s"]},{"id":"a","title":"B","disease":"multiple-sclerosis","sourceIds":["s"]}]}""", "$.studies[1].id", "already used by studies[0]")]
    [InlineData("""{"formatVersion":"1.0","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["s"]}""", "$.studies", "The JSON is malformed")]
    [InlineData("""{"formatVersion":"1.1","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","evidence":[{"vocabulary":"disease","code":"multiple-sclerosis","field":"conditions[0]","quote":"MS","sourceId":"t"}],"sourceIds":["s"]}]}""", "$.studies[0].evidence[0].sourceId", "is not the id of a source in this dataset")]
    [InlineData("""{"formatVersion":"1.1","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","evidence":[{"vocabulary":"disease","code":"amyotrophic-lateral-sclerosis","field":"conditions[0]","quote":"ALS","sourceId":"s"}],"sourceIds":["s"]}]}""", "$.studies[0].evidence[0].code", "not one of the study's values")]
    public async Task ReadStudiesAsync_InvalidDocument_FailsWithThePath(string json, string path, string fragment)
    {
        var error = await Assert.ThrowsAsync<StemCellJsonException>(() => ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStudiesAsync_UnknownTopLevelPropertyWhenLenient_IsSkipped()
    {
        const string json = """{"formatVersion":"1.0","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"extra":{"deep":[1,2,{"x":null}]},"studies":[{"id":"a","title":"A","disease":"als","sourceIds":["s"]}]}""";

        var studies = new List<Study>();
        await foreach (var study in StemCellJson.ReadStudiesAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), StemCellJsonReaderOptions.Lenient))
        {
            studies.Add(study);
        }

        Assert.Same(Disease.AmyotrophicLateralSclerosis, Assert.Single(studies).Disease);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(7)]
    public async Task CheckAsync_SeedDocument_IsValidWithItsCounts(int chunkSize)
    {
        var check = await StemCellJson.CheckAsync(new ChunkedStream(StemCellJson.SerializeToUtf8Bytes(SeedArticle.Dataset), chunkSize));

        Assert.True(check.IsValid, string.Join("\n", check.Problems));
        Assert.Equal(SeedArticle.Dataset.Sources.Length, check.SourceCount);
        Assert.Equal(SeedArticle.Dataset.Studies.Length, check.StudyCount);
    }

    [Fact]
    public async Task CheckAsync_ProblemsInSeveralStudies_ReportsEachAsDeserializeDoes()
    {
        var json = Document(
            """{"id":"a","title":"A","disease":"multiple-scler0sis","sourceIds":["seed-article"]}""",
            """{"id":"b","title":"B","disease":"multiple-sclerosis","enrollment":-3,"sourceIds":["seed-article"]}""",
            """{"id":"a","title":"C ","disease":"multiple-sclerosis","sourceIds":["seed-article"]}""",
            """{"id":"d","title":"D","disease":"multiple-sclerosis","sourceIds":["elsewhere"]}""");
        Assert.False(StemCellJson.TryDeserialize(json, out _, out var whole));

        var check = await StemCellJson.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(
            ["$.studies[0].disease", "$.studies[1].enrollment", "$.studies[2].title", "$.studies[3].sourceIds[0]"],
            check.Problems.Select(p => p.Path).ToArray());
        Assert.Equal(whole.Select(p => p.Path).ToArray(), check.Problems.Select(p => p.Path).ToArray());
        Assert.Equal(4, check.StudyCount);
    }

    [Fact]
    public async Task CheckAsync_StudiesBeforeSources_IsCheckedAsAWholeDocumentIs()
    {
        const string Valid = """{"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["s"]}],"sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"formatVersion":"1.1"}""";
        var unknownSource = Valid.Replace("\"sourceIds\":[\"s\"]", "\"sourceIds\":[\"t\"]", StringComparison.Ordinal);

        var valid = await StemCellJson.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes(Valid)));
        var invalid = await StemCellJson.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes(unknownSource)));

        Assert.True(valid.IsValid, string.Join("\n", valid.Problems));
        Assert.True(StemCellJson.TryDeserialize(Valid, out _, out _));
        var problem = Assert.Single(invalid.Problems);
        Assert.Equal("$.studies[0]", problem.Path);
        Assert.Contains("'t'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"formatVersion":null,"studies":[]}""")]
    [InlineData("""{"formatVersion":"1.1","sources":null,"studies":[]}""")]
    [InlineData("""{"formatVersion":"1.1","studies":null}""")]
    public async Task CheckAsync_NullForATopLevelProperty_IsReportedAsDeserializeReportsIt(string json)
    {
        Assert.False(StemCellJson.TryDeserialize(json, out _, out var whole));

        var check = await StemCellJson.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(whole.Select(p => (p.Path, p.Message)).ToArray(), check.Problems.Select(p => (p.Path, p.Message)).ToArray());
        Assert.Contains("but found null", Assert.Single(check.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_TenThousandDistinctIdsAndOneRepeat_FindsOnlyTheRepeatAndWhereItWasFirst()
    {
        var studies = Enumerable.Range(0, 10_000).Select(i => Synthetic(i)).ToList();
        studies.Add(Synthetic(4321));
        var bytes = StemCellJson.SerializeToUtf8Bytes(new EvidenceDataset([SeedArticle.Source], studies));

        var check = await StemCellJson.CheckAsync(new MemoryStream(bytes));

        var problem = Assert.Single(check.Problems);
        Assert.Equal("$.studies[10000].id", problem.Path);
        Assert.Equal("The study id 'study-04321' is already used by studies[4321]; ids must be unique.", problem.Message);
    }

    [Fact]
    public async Task CheckAsync_ADocumentOfNothingButProblems_StopsAfterAThousand()
    {
        var json = $$"""{"formatVersion":"1.1","studies":[{{string.Join(",", Enumerable.Repeat("{}", 2000))}}]}""";

        var check = await StemCellJson.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(1001, check.Problems.Length);
        Assert.StartsWith("The check stopped after 1000 problems", check.Problems[^1].Message, StringComparison.Ordinal);
        Assert.True(check.StudyCount < 2000);
    }

    private static string Document(params string[] studies) =>
        $$"""{"formatVersion":"1.0","sources":[{"id":"seed-article","title":"T","evidenceKind":"secondary-report"}],"studies":[{{string.Join(",", studies)}}]}""";

    private static Study Synthetic(int index, string? notes = null) => new(
        $"study-{index:D5}",
        $"Synthetic study {index}",
        index % 2 == 0 ? Disease.MultipleSclerosis : Disease.AmyotrophicLateralSclerosis,
        phase: TrialPhase.All[index % TrialPhase.All.Length],
        sourceIds: [SeedArticle.Source.Id],
        notes: notes);

    private static async Task<List<Study>> ReadAll(Stream stream)
    {
        var studies = new List<Study>();
        await foreach (var study in StemCellJson.ReadStudiesAsync(stream))
        {
            studies.Add(study);
        }

        return studies;
    }

    /// <summary>A stream that returns at most a few bytes per read, as a slow network would.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunkSize) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunkSize));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunkSize)], cancellationToken);
    }
}
