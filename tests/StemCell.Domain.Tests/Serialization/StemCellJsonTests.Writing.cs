using System.Text;
using System.Text.Json;
using NodaTime.Text;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

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

    [Theory]
    [InlineData("P3Y")]
    [InlineData("P18M")]
    [InlineData("P2W")]
    [InlineData("P10D")]
    [InlineData("P1Y6M")]
    [InlineData("P1W3D")]
    [InlineData("PT12H")]
    [InlineData("P1DT2H")]
    public void Serialize_TimeFrame_IsWrittenAsNodaTimesRoundtripPatternFormatsIt(string text)
    {
        var period = PeriodPattern.Roundtrip.Parse(text).Value;
        var finding = new Finding(
            OutcomeMeasure.Mobility, OutcomeDirection.Improved, Population.AllParticipants, "mobility improved", ["a-source"], timeFrame: period);

        var json = JsonSerializer.Serialize(finding, PublicJson.TypeInfo<Finding>());

        Assert.Contains($"\"timeFrame\":\"{PeriodPattern.Roundtrip.Format(period)}\"", json, StringComparison.Ordinal);
        Assert.Equal(period, JsonSerializer.Deserialize(json, PublicJson.TypeInfo<Finding>())!.TimeFrame);
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
