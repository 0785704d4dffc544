namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>Search pages: their studies, next page token and total count.</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    [Fact]
    public void ReadSearchPage_TotalCountBeforeStudies_GivesCountTokenAndStudy()
    {
        const string File = "KyleVogelerSource__clinicalTrials__sampleResponse.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var page = ClinicalTrialsGovReader.ReadSearchPage(stream, File);

        Assert.Equal(3787, page.TotalCount);
        Assert.Equal("ZVNj7o2Elu8o3lppVtqgtbrumpOQJJxuZfel0A", page.NextPageToken);
        var result = Assert.Single(page.Results);
        Assert.Equal("NCT00711542", result.Record!.NctId);
        Assert.Equal<string>(["PHASE1", "PHASE2"], result.Record.Phases);
    }

    [Fact]
    public void ReadSearchPage_SecondPage_HasTokenButNoCount()
    {
        const string File = "genomoncology__biomcp__search_phelan_next_20260811.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var page = ClinicalTrialsGovReader.ReadSearchPage(stream, File);

        Assert.Null(page.TotalCount);
        Assert.NotNull(page.NextPageToken);
        Assert.Equal(5, page.Results.Length);
        Assert.Equal([1, 2, 3, 4, 5], page.Results.Select(r => r.Position));
    }

    [Fact]
    public void ReadSearchPage_CountThenStudies_GivesTheCount()
    {
        const string File = "genomoncology__biomcp__search_phelan_limit5_20260811.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var page = ClinicalTrialsGovReader.ReadSearchPage(stream, File);

        Assert.Equal(21, page.TotalCount);
        Assert.Equal(["NCT02710084", "NCT05105685", "NCT01525901", "NCT03493607", "NCT07119606"], page.Results.Select(r => r.NctId));
    }

    [Fact]
    public void ReadSearchPage_LastPage_HasNoToken()
    {
        const string File = "ctti-clinicaltrials__aact__NCT03281889.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var page = ClinicalTrialsGovReader.ReadSearchPage(stream, File);

        Assert.Null(page.NextPageToken);
        Assert.Null(page.TotalCount);
        Assert.Equal("NCT03281889", Assert.Single(page.Results).NctId);
    }

    [Fact]
    public void ReadSearchPage_EmptyPageWithCount_GivesNoResults()
    {
        var page = ClinicalTrialsGovReader.ReadSearchPage(TestFiles.Utf8("""{"totalCount": 0, "studies": []}"""), "empty.json");

        Assert.Empty(page.Results);
        Assert.Equal(0, page.TotalCount);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public void ReadSearchPage_SingleStudy_ThrowsNamingTheReaderThatReadsIt()
    {
        using var stream = TestFiles.Open("ctgov-v2/records/NCT03418623.json");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadSearchPage(stream, "NCT03418623.json"));

        Assert.Equal("NCT03418623.json", e.InputName);
        Assert.Contains("is a single study, not a search page", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_SearchPage_ThrowsNamingTheReaderThatReadsIt()
    {
        const string File = "ctti-clinicaltrials__aact__NCT03281889.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadStudy(stream, File));

        Assert.Equal("$.studies", e.Location);
        Assert.Contains("ReadSearchPage", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStudy_WebsiteExport_Throws()
    {
        const string File = "Jinash-Rouniyar__trial-match-ai__ctg-studies.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadStudy(stream, File));

        Assert.Contains("is a JSON array", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_SearchPage_GivesItsStudies()
    {
        const string File = "cyanheads__clinicaltrialsgov-mcp-server__studies_2025-06-17T11-16-37-179Z.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var results = ClinicalTrialsGovReader.ReadJson(stream, File).ToList();

        Assert.Equal(["NCT00184067", "NCT03934567"], results.Select(r => r.NctId));
    }
}
