using System.Text.Json;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Vocabulary;

public sealed partial class StudyStatusTests : VocabularyContractTests<StudyStatus>
{
    /// <summary>
    /// The fourteen ClinicalTrials.gov API v2 overallStatus values (domain-reference.md section 3a), the library code
    /// each maps to, and the FHIR R4 research-study-status code the library aligns it with (null where none fits).
    /// </summary>
    public static TheoryData<string, string, string?> CtGovStatuses => new()
    {
        { "NOT_YET_RECRUITING", "not-yet-recruiting", "approved" },
        { "RECRUITING", "recruiting", "active" },
        { "ENROLLING_BY_INVITATION", "enrolling-by-invitation", "active" },
        { "ACTIVE_NOT_RECRUITING", "active-not-recruiting", "closed-to-accrual" },
        { "SUSPENDED", "suspended", "temporarily-closed-to-accrual" },
        { "TERMINATED", "terminated", "administratively-completed" },
        { "COMPLETED", "completed", "completed" },
        { "WITHDRAWN", "withdrawn", "withdrawn" },
        { "UNKNOWN", "unknown", null },
        { "AVAILABLE", "available", null },
        { "NO_LONGER_AVAILABLE", "no-longer-available", null },
        { "TEMPORARILY_NOT_AVAILABLE", "temporarily-not-available", null },
        { "APPROVED_FOR_MARKETING", "approved-for-marketing", null },
        { "WITHHELD", "withheld", null },
    };

    [Fact]
    public void CtGovStatuses_AreFourteenAndCoverEveryStatusOnce()
    {
        Assert.Equal(14, CtGovStatuses.Count());
        Assert.Equal(StudyStatus.All.Select(s => s.Code).Order(), CtGovStatuses.Select(row => (string)row[1]).Order());
    }

    [Theory]
    [MemberData(nameof(CtGovStatuses))]
    public void FromCtGovStatus_EveryOverallStatus_MapsToTheStatusAndBack(string ctGov, string code, string? fhir)
    {
        _ = fhir;
        var status = StudyStatus.FromCode(code);

        Assert.Same(status, StudyStatus.FromCtGovStatus(ctGov));
        Assert.Same(status, StudyStatus.FromCtGovStatus(ctGov.ToLowerInvariant()));
        Assert.Equal(ctGov, status.CtGovStatus);
        Assert.True(StudyStatus.TryFromCtGovStatus(ctGov, out var found));
        Assert.Same(status, found);
    }

    [Theory]
    [MemberData(nameof(CtGovStatuses))]
    public void Codings_AlignWithTheFhirResearchStudyStatus(string ctGov, string code, string? fhir)
    {
        _ = ctGov;
        var codings = StudyStatus.FromCode(code).Codings.Where(c => c.System == CodeSystem.FhirResearchStudyStatus).ToList();

        if (fhir is null)
        {
            Assert.Empty(codings);
        }
        else
        {
            Assert.Equal(fhir, Assert.Single(codings).Code);
        }
    }

    [Fact]
    public void Codings_UseCodesAndDisplaysOfTheFhirCodeSystem()
    {
        using var codeSystem = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.TestData("codesystem-research-study-status.json")));
        var displays = codeSystem.RootElement.GetProperty("concept").EnumerateArray()
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("display").GetString()!);

        Assert.Equal(CodeSystem.FhirResearchStudyStatus.Uri, codeSystem.RootElement.GetProperty("url").GetString());
        foreach (var coding in StudyStatus.All.SelectMany(s => s.Codings).Where(c => c.System == CodeSystem.FhirResearchStudyStatus))
        {
            Assert.True(displays.TryGetValue(coding.Code, out var display), $"'{coding.Code}' is not a FHIR R4 research-study-status code.");
            Assert.Equal(display, coding.Display);
        }
    }

    [Theory]
    [InlineData("ACTIVE")]
    [InlineData("Active, not recruiting")]
    [InlineData("")]
    public void FromCtGovStatus_NotAnOverallStatus_Throws(string ctGov)
    {
        var exception = Assert.Throws<ArgumentException>("ctGovStatus", () => StudyStatus.FromCtGovStatus(ctGov));

        Assert.Contains("ACTIVE_NOT_RECRUITING", exception.Message, StringComparison.Ordinal);
        Assert.False(StudyStatus.TryFromCtGovStatus(ctGov, out _));
    }

    [Fact]
    public void FromCtGovStatus_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("ctGovStatus", () => StudyStatus.FromCtGovStatus(null!));
        Assert.False(StudyStatus.TryFromCtGovStatus(null, out _));
    }

    [Fact]
    public void Export_WritesTheCtGovStatus()
    {
        Assert.All(StudyStatus.All, status => Assert.Equal(
            status.CtGovStatus,
            ExportedVocabulary.Term("study-status", status.Code).GetProperty("attributes").GetProperty("ctGovStatus").GetString()));
    }
}
