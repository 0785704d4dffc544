namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovSearchPageTests
{
    [Fact]
    public void ToString_FirstPageOfACountedSearch_SaysHowManyInAllAndThatMoreCome()
    {
        var page = new ClinicalTrialsGovSearchPage
        {
            Results = [new ClinicalTrialsGovReadResult { Source = "page.json", Position = 1, Error = "bad" }],
            NextPageToken = "abc",
            TotalCount = 3787,
        };

        Assert.Equal("1 studies, 3787 in all, more to come", page.ToString());
    }

    [Fact]
    public void ToString_LastPage_SaysSo()
    {
        var page = new ClinicalTrialsGovSearchPage { Results = [] };

        Assert.Equal("0 studies, last page", page.ToString());
    }
}
