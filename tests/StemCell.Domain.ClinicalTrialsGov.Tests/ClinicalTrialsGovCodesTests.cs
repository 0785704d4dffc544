namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovCodesTests
{
    [Theory]
    [InlineData("PHASE1", true)]
    [InlineData("NA", true)]
    [InlineData("PHASE5", false)]
    [InlineData("phase1", false)]
    [InlineData("Phase 1", false)]
    [InlineData(null, false)]
    public void Phase_IsKnown_AcceptsOnlyApiV2Spellings(string? value, bool expected) =>
        Assert.Equal(expected, ClinicalTrialsGovCodes.Phase.IsKnown(value));

    [Fact]
    public void Status_Values_AreTheFourteenOfTheOpenApiDescription() =>
        Assert.Equal(
            ["ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING", "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN"],
            ClinicalTrialsGovCodes.Status.Values);
}
