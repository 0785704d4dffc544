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
    [InlineData("""{"formatVersion":"1.0","sources":[{"id":"s","title":"T","evidenceKind":"secondary-report"}],"studies":[{"id":"a","title":"A","disease":"multiple-sclerosis","sourceIds":["s"]},{"id":"a","title":"B","disease":"multiple-sclerosis","sourceIds":["s"]}]}""", "$.studies[1].id", "used by an earlier study")]
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
