using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Tests.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Querying;

public sealed class DatasetIndexTests
{
    private static readonly DatasetIndex Seed = new(SeedArticle.Dataset);

    [Fact]
    public void Constructor_NullDataset_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new DatasetIndex(null!));

        Assert.Equal("dataset", exception.ParamName);
    }

    [Fact]
    public void Constructor_DuplicateStudyId_ThrowsNamingTheIdAndBothPositions()
    {
        var dataset = new EvidenceDataset([SeedArticle.Source], [SeedArticle.Cambridge, SeedArticle.Cleveland, SeedArticle.Cambridge]);

        var exception = Assert.Throws<ArgumentException>(() => new DatasetIndex(dataset));

        Assert.Equal("dataset", exception.ParamName);
        Assert.Contains($"study id '{SeedArticle.CambridgeId}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("studies[0] and studies[2]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateSourceId_ThrowsNamingTheIdAndBothPositions()
    {
        var dataset = new EvidenceDataset([SeedArticle.Source, SeedArticle.Source], [SeedArticle.Cambridge]);

        var exception = Assert.Throws<ArgumentException>(() => new DatasetIndex(dataset));

        Assert.Equal("dataset", exception.ParamName);
        Assert.Contains($"source id '{SeedArticle.SourceId}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("sources[0] and sources[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidDatasetWithUniqueIds_IsIndexedAsItStands()
    {
        // No sources at all: every citation is unknown, which validation reports and indexing does not need.
        var dataset = new EvidenceDataset(sources: null, [SeedArticle.JohnsHopkins]);
        Assert.False(dataset.Validate().IsValid);

        var index = new DatasetIndex(dataset);

        Assert.Same(SeedArticle.JohnsHopkins, index.GetStudy(SeedArticle.JohnsHopkinsId));
        Assert.False(index.TryGetSource(SeedArticle.SourceId, out _));
        Assert.Equal<Study>([SeedArticle.JohnsHopkins], index.Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).Execute());
    }

    [Fact]
    public void Dataset_IsTheDatasetIndexed()
    {
        Assert.Same(SeedArticle.Dataset, Seed.Dataset);
    }

    [Fact]
    public void Studies_WithNoCriterion_ReturnsEveryStudyInDatasetOrder()
    {
        Assert.Equal<Study>([SeedArticle.Cambridge, SeedArticle.Cleveland, SeedArticle.JohnsHopkins], Seed.Studies.Execute());
        Assert.Equal("all studies", Seed.Studies.ToString());
    }

    [Theory]
    [InlineData(SeedArticle.CambridgeId)]
    [InlineData(SeedArticle.ClevelandId)]
    [InlineData(SeedArticle.JohnsHopkinsId)]
    public void GetStudy_KnownId_ReturnsTheStudy(string id)
    {
        var study = Seed.GetStudy(id);

        Assert.Equal(id, study.Id);
        Assert.Same(SeedArticle.Dataset.Studies.Single(s => s.Id == id), study);
    }

    [Theory]
    [InlineData("no-such-study")]
    [InlineData("Cambridge-MSC-RRMS-2023")]
    [InlineData("")]
    public void GetStudy_UnknownId_ThrowsKeyNotFoundNamingTheId(string id)
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Seed.GetStudy(id));

        Assert.Contains($"'{id}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStudy_Null_Throws()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => Seed.GetStudy(null!)).ParamName);
    }

    [Fact]
    public void TryGetStudy_KnownId_ReturnsTrueAndTheStudy()
    {
        Assert.True(Seed.TryGetStudy(SeedArticle.ClevelandId, out var study));
        Assert.Same(SeedArticle.Cleveland, study);
    }

    [Theory]
    [InlineData("no-such-study")]
    [InlineData(SeedArticle.SourceId)]
    [InlineData(null)]
    public void TryGetStudy_UnknownOrNullId_ReturnsFalseAndNull(string? id)
    {
        Assert.False(Seed.TryGetStudy(id, out var study));
        Assert.Null(study);
    }

    [Fact]
    public void GetSource_KnownId_ReturnsTheSource()
    {
        Assert.Same(SeedArticle.Source, Seed.GetSource(SeedArticle.SourceId));
    }

    [Fact]
    public void GetSource_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Seed.GetSource(SeedArticle.CambridgeId));

        Assert.Contains($"'{SeedArticle.CambridgeId}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSource_Null_Throws()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => Seed.GetSource(null!)).ParamName);
    }

    [Fact]
    public void TryGetSource_KnownId_ReturnsTrueAndTheSource()
    {
        Assert.True(Seed.TryGetSource(SeedArticle.SourceId, out var source));
        Assert.Same(SeedArticle.Source, source);
    }

    [Theory]
    [InlineData("no-such-source")]
    [InlineData(SeedArticle.CambridgeId)]
    [InlineData(null)]
    public void TryGetSource_UnknownOrNullId_ReturnsFalseAndNull(string? id)
    {
        Assert.False(Seed.TryGetSource(id, out var source));
        Assert.Null(source);
    }

    [Fact]
    public void EmptyDataset_LooksUpNothingAndMatchesNothing()
    {
        var index = new DatasetIndex(EvidenceDataset.Empty);

        Assert.Empty(index.Studies.Execute());
        Assert.Empty(index.Studies.WithDisease(Disease.MultipleSclerosis).Execute());
        Assert.Empty(index.Studies.WithMinimumPhase(TrialPhase.EarlyPhase1).WithMaximumPhase(TrialPhase.Phase4).Execute());
        Assert.False(index.TryGetStudy(SeedArticle.CambridgeId, out _));
        Assert.False(index.TryGetSource(SeedArticle.SourceId, out _));
        Assert.Throws<KeyNotFoundException>(() => index.GetStudy(SeedArticle.CambridgeId));
    }

    [Fact]
    public void Index_QueriedFromManyThreads_GivesTheSameAnswers()
    {
        var expected = Seed.Studies.WithDisease(Disease.MultipleSclerosis).Execute();

        var answers = Enumerable.Range(0, 64)
            .AsParallel()
            .Select(_ => Seed.Studies.WithDisease(Disease.MultipleSclerosis).Execute())
            .ToList();

        Assert.All(answers, answer => Assert.Equal<Study>(expected, answer));
    }

    [Fact]
    public void ToString_DescribesTheDataset()
    {
        Assert.Equal("index of 1 source(s), 3 study(ies)", Seed.ToString());
    }
}
