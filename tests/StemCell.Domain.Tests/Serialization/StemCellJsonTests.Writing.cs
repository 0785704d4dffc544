using System.Text;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;

namespace StemCell.Domain.Tests.Serialization;

/// <content>Every way of writing a dataset writes the same bytes.</content>
public partial class StemCellJsonTests
{
    public static TheoryData<string, int> WritingCases => new()
    {
        { "no studies", 0 },
        { "the seed article", 1 },

        // Large enough that writing to a stream flushes part-way, several times.
        { "the seed article's studies 60 times over", 60 },
    };

    [Theory]
    [MemberData(nameof(WritingCases))]
    public async Task Serialize_StreamStringAndAsync_WriteTheSameBytesAsSerializeToUtf8Bytes(string description, int copies)
    {
        var dataset = Copies(copies);
        var expected = StemCellJson.SerializeToUtf8Bytes(dataset);

        using var stream = new MemoryStream();
        StemCellJson.Serialize(stream, dataset);
        using var asyncStream = new MemoryStream();
        await StemCellJson.SerializeAsync(asyncStream, dataset);

        Assert.True(copies < 60 || expected.Length > 3 * 64 * 1024, $"{description}: {expected.Length} bytes is too few to flush part-way.");
        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, asyncStream.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(expected), StemCellJson.Serialize(dataset));
        Assert.Equal(dataset, StemCellJson.Deserialize(expected));
    }

    private static EvidenceDataset Copies(int copies)
    {
        var seed = SeedArticle.Dataset;
        if (copies == 0)
        {
            return new EvidenceDataset(seed.Sources, studies: null);
        }

        var studies = Enumerable.Range(0, copies).SelectMany(copy => seed.Studies.Select(study =>
        {
            var builder = study.ToBuilder();
            builder.Id = copy == 0 ? study.Id : $"{study.Id}-copy-{copy}";
            return builder.Build();
        }));
        return new EvidenceDataset(seed.Sources, studies);
    }
}
