namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovQueryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void PageSize_OutsideOneToAThousand_Throws(int pageSize)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicalTrialsGovQuery { PageSize = pageSize });

        Assert.Equal(nameof(ClinicalTrialsGovQuery.PageSize), exception.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void PageSize_WithinRange_IsKept(int pageSize) =>
        Assert.Equal(pageSize, new ClinicalTrialsGovQuery { PageSize = pageSize }.PageSize);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void MaxRecords_NotPositive_Throws(int maxRecords) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicalTrialsGovQuery { MaxRecords = maxRecords });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Condition_Blank_Throws(string condition)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovQuery { Condition = condition });

        Assert.Equal(nameof(ClinicalTrialsGovQuery.Condition), exception.ParamName);
    }

    [Fact]
    public void Intervention_Blank_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovQuery { Intervention = " " });

    [Fact]
    public void Term_Blank_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovQuery { Term = "" });

    [Theory]
    [InlineData("recruiting")]
    [InlineData("RECRUITING,COMPLETED")]
    [InlineData("NOT YET RECRUITING")]
    [InlineData("")]
    public void OverallStatuses_NotAStatusCode_ThrowsNamingTheElement(string status)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovQuery { OverallStatuses = ["COMPLETED", status] });

        Assert.Equal(nameof(ClinicalTrialsGovQuery.OverallStatuses), exception.ParamName);
        Assert.Contains("Element 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverallStatuses_NullElement_Throws() =>
        Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovQuery { OverallStatuses = [null!] });

    [Fact]
    public void OverallStatuses_CodeTheLibraryDoesNotList_IsKeptForTheRegistryToJudge() =>
        Assert.Equal("SOME_NEW_STATUS", Assert.Single(new ClinicalTrialsGovQuery { OverallStatuses = ["SOME_NEW_STATUS"] }.OverallStatuses));

    [Fact]
    public void OverallStatuses_Default_IsEmpty()
    {
        var query = new ClinicalTrialsGovQuery { OverallStatuses = default };

        Assert.True(query.OverallStatuses.IsEmpty);
        Assert.Equal(new ClinicalTrialsGovQuery(), query);
    }

    [Fact]
    public void Equals_SameValuesInSeparateArrays_IsTrue()
    {
        var first = new ClinicalTrialsGovQuery { Condition = "ALS", OverallStatuses = ["RECRUITING", "COMPLETED"], PageSize = 100, MaxRecords = 500 };
        var second = new ClinicalTrialsGovQuery { Condition = "ALS", OverallStatuses = ["RECRUITING", "COMPLETED"], PageSize = 100, MaxRecords = 500 };

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [InlineData("Condition")]
    [InlineData("Intervention")]
    [InlineData("Term")]
    [InlineData("OverallStatuses")]
    [InlineData("PageSize")]
    [InlineData("MaxRecords")]
    public void Equals_OnePropertyDiffers_IsFalse(string property)
    {
        var query = new ClinicalTrialsGovQuery
        {
            Condition = "ALS", Intervention = "MSC", Term = "NurOwn", OverallStatuses = ["RECRUITING"], PageSize = 10, MaxRecords = 20,
        };
        var other = property switch
        {
            "Condition" => query with { Condition = "MS" },
            "Intervention" => query with { Intervention = "HSCT" },
            "Term" => query with { Term = "Lenzumestrocel" },
            "OverallStatuses" => query with { OverallStatuses = ["RECRUITING", "COMPLETED"] },
            "PageSize" => query with { PageSize = 11 },
            _ => query with { MaxRecords = 21 },
        };

        Assert.NotEqual(query, other);
        Assert.True(query != other);
    }

    [Fact]
    public void ToString_ShowsTheParametersSent()
    {
        var query = new ClinicalTrialsGovQuery
        {
            Condition = "multiple sclerosis", OverallStatuses = ["RECRUITING", "NOT_YET_RECRUITING"], PageSize = 100, MaxRecords = 250,
        };

        Assert.Equal(
            "query.cond=multiple sclerosis&filter.overallStatus=RECRUITING,NOT_YET_RECRUITING&pageSize=100&maxRecords=250",
            query.ToString());
    }

    [Fact]
    public void ToString_NothingSet_IsEmpty() =>
        Assert.Equal("", new ClinicalTrialsGovQuery().ToString());
}
