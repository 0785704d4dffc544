namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>Bad input (TestData/ctgov-invalid): a bad study is reported in its result and the others still read; input that is not a registry document throws once, naming where.</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    [Theory]
    [InlineData("empty.json", "is empty")]
    [InlineData("html-error-page.json", "it starts with '<', as an HTML or XML page does")]
    [InlineData("binary.json", "it holds binary data")]
    [InlineData("truncated.json", "ends before the JSON is complete (truncated?)")]
    [InlineData("other-shape.json", "neither a page's 'studies' nor a study's 'protocolSection'")]
    public void ReadJson_NotARegistryDocument_ThrowsNamingTheInput(string file, string expected)
    {
        using var stream = TestFiles.Open($"ctgov-invalid/{file}");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadJson(stream, file).ToList());

        Assert.Equal(file, e.InputName);
        Assert.StartsWith(file, e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html-error-page.json", "line 1, position 1")]
    [InlineData("truncated.json", "line 143, position 2")]
    public void ReadStudy_MalformedJson_ThrowsWithLineAndPosition(string file, string expectedLocation)
    {
        using var stream = TestFiles.Open($"ctgov-invalid/{file}");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadStudy(stream, file));

        Assert.StartsWith(expectedLocation, e.Location, StringComparison.Ordinal);
        Assert.Contains(e.Location!, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"studies\": [{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0000", "line 1, position 77")]
    [InlineData("{\"studies\": [{\"protocolSection\": {}}, ", "line 1, position 39")]
    [InlineData("{\"studies\": [{\"protocolSection\": {\"x\": tr", "line 1, position 42")]
    public void ReadSearchPage_CutShort_ThrowsSayingItIsTruncated(string json, string expectedLocation)
    {
        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadSearchPage(TestFiles.Utf8(json), "cut.json"));

        Assert.Equal($"cut.json, {expectedLocation}: ends before the JSON is complete (truncated?); expected a ClinicalTrials.gov API v2 search page", e.Message);
    }

    [Fact]
    public void ReadSearchPage_EmptyInput_Throws()
    {
        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadSearchPage(new MemoryStream(), "page.json"));

        Assert.Equal("page.json: is empty; expected a ClinicalTrials.gov API v2 search page", e.Message);
    }

    [Fact]
    public void ReadSearchPage_PageWithBadRecords_ReadsTheGoodOnesAndReportsEachBadOne()
    {
        const string File = "page-with-bad-records.json";
        using var stream = TestFiles.Open($"ctgov-invalid/{File}");

        var page = ClinicalTrialsGovReader.ReadSearchPage(stream, File);

        Assert.Equal(7, page.Results.Length);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], page.Results.Select(r => r.Position));
        Assert.Equal("NF0g5JGBlPMq", page.NextPageToken);
        Assert.Equal(7, page.TotalCount);
        Assert.Equal("A good study before the bad one", page.Results[0].Record!.BriefTitle);
        Assert.Equal("A good study after the bad ones", page.Results[6].Record!.BriefTitle);
        Assert.All(page.Results.Skip(1).Take(5), r => Assert.Null(r.Record));
    }

    [Fact]
    public void ReadSearchPage_RecordWithWrongTypes_ReportsEveryProblemWithItsPathAndTheNctId()
    {
        var result = ReadInvalidPage().Results[1];

        Assert.Equal("NCT00000002", result.NctId);
        Assert.Equal(2, result.Position);
        Assert.Equal(
            "$.studies[1].protocolSection.identificationModule.briefTitle: expected a string, found an array; "
            + "$.studies[1].protocolSection.statusModule.startDateStruct.date: expected a date as yyyy, yyyy-MM or yyyy-MM-dd, found '2020-13'; "
            + "$.studies[1].protocolSection.designModule.phases: expected an array, found 'PHASE2'; "
            + "$.studies[1].protocolSection.designModule.enrollmentInfo.count: expected a whole number of participants (0 or more), found 'about 40'",
            result.Error);
        Assert.Equal("page-with-bad-records.json #2 NCT00000002: " + result.Error, result.ToString());
    }

    [Fact]
    public void ReadSearchPage_RecordWithoutNctId_ReportsItWithoutOne()
    {
        var result = ReadInvalidPage().Results[2];

        Assert.Null(result.NctId);
        Assert.Equal("$.studies[2]: no NCT number (protocolSection.identificationModule.nctId); every study has one", result.Error);
    }

    [Fact]
    public void ReadSearchPage_RecordWithMalformedNctId_ReportsTheTextFound()
    {
        var result = ReadInvalidPage().Results[3];

        Assert.Null(result.NctId);
        Assert.Equal("$.studies[3].protocolSection.identificationModule.nctId: expected an NCT number (NCT followed by eight digits), found 'NCT1234'", result.Error);
    }

    [Fact]
    public void ReadSearchPage_CountThatIsNotAnInteger_IsReported()
    {
        var result = ReadInvalidPage().Results[4];

        Assert.Equal("NCT00000005", result.NctId);
        Assert.Equal("$.studies[4].protocolSection.designModule.enrollmentInfo.count: expected a whole number of participants (0 or more), found the number 12.5", result.Error);
    }

    [Fact]
    public void ReadSearchPage_ElementThatIsNotAnObject_IsReported()
    {
        var result = ReadInvalidPage().Results[5];

        Assert.Null(result.NctId);
        Assert.Equal("$.studies[5]: expected a study (a JSON object), found the number 42", result.Error);
    }

    [Fact]
    public void ReadStudy_UnknownEnumValues_KeepsThemAsTextWithAWarningEach()
    {
        const string File = "unknown-enum-values.json";
        using var stream = TestFiles.Open($"ctgov-invalid/{File}");

        var result = ClinicalTrialsGovReader.ReadStudy(stream, File);

        Assert.Null(result.Error);
        var record = result.Record!;
        Assert.Equal("PAUSED_FOR_REVIEW", record.OverallStatus);
        Assert.Equal(new ClinicalTrialsGovDate(PartialDate.FromYear(2021), "PROJECTED"), record.StartDate);
        Assert.Equal<string>(["PHASE2", "PHASE5"], record.Phases);
        Assert.Equal<string>(
            [
                "$.protocolSection.statusModule.overallStatus: 'PAUSED_FOR_REVIEW' is not a status the library knows; kept as text.",
                "$.protocolSection.statusModule.startDateStruct.type: 'PROJECTED' is not a date type the library knows; kept as text.",
                "$.protocolSection.designModule.phases[0]: 'PHASE5' is not a phase the library knows; kept as text.",
            ],
            result.Warnings);
    }

    [Fact]
    public void ReadStudy_UnknownPropertiesModulesAndSections_AreIgnored()
    {
        const string File = "unknown-properties.json";
        using var stream = TestFiles.Open($"ctgov-invalid/{File}");

        var result = ClinicalTrialsGovReader.ReadStudy(stream, File);

        Assert.Null(result.Error);
        Assert.Empty(result.Warnings);
        Assert.Equal("A study with properties the library does not know", result.Record!.BriefTitle);
        Assert.Equal<string>(["PHASE2"], result.Record.Phases);
        Assert.True(result.Record.HasResults);
    }

    [Fact]
    public void ReadStudy_StudyWithAProblem_GivesNoRecord()
    {
        var result = ClinicalTrialsGovReader.ReadStudy(TestFiles.Utf8(MinimalStudy("""{"enrollmentInfo": {"type": "ACTUAL"}}""")), "no-count.json");

        Assert.Null(result.Record);
        Assert.Equal("NCT00000001", result.NctId);
        Assert.Equal("$.protocolSection.designModule.enrollmentInfo: no count; expected one", result.Error);
    }

    [Fact]
    public void ReadStudy_NullValues_AreAbsentValues()
    {
        var result = ClinicalTrialsGovReader.ReadStudy(TestFiles.Utf8(MinimalStudy("""{"studyType": null, "phases": null, "designInfo": null}""")), "nulls.json");

        Assert.Null(result.Error);
        Assert.Null(result.Record!.StudyType);
        Assert.Empty(result.Record.Phases);
    }

    [Fact]
    public void ReadStudy_TrailingContentAfterTheStudy_Throws()
    {
        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadStudy(TestFiles.Utf8(MinimalStudy("{}") + " {}"), "two.json"));

        Assert.Equal("two.json, line 1, position 94: is not well-formed JSON; expected a ClinicalTrials.gov API v2 study", e.Message);
    }

    [Fact]
    public void ReadJson_ByteOrderMark_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(MinimalStudy("{}"))).ToArray();

        var result = Assert.Single(ClinicalTrialsGovReader.ReadJson(new MemoryStream(bytes), "bom.json"));

        Assert.Equal("NCT00000001", result.Record!.NctId);
    }

    [Fact]
    public void ReadJson_ArrayOfStudies_GivesPositionsAndArrayPaths()
    {
        var json = $"[{MinimalStudy("{}")}, {MinimalStudy("""{"phases": [1]}""")}]";

        var results = ClinicalTrialsGovReader.ReadJson(TestFiles.Utf8(json), "export.json").ToList();

        Assert.Null(results[0].Error);
        Assert.Equal(2, results[1].Position);
        Assert.Equal("$[1].protocolSection.designModule.phases[0]: expected a string, found the number 1", results[1].Error);
    }

    [Fact]
    public void ReadJson_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("utf8Json", () => ClinicalTrialsGovReader.ReadJson(null!, "x.json"));
        Assert.Throws<ArgumentNullException>("sourceName", () => ClinicalTrialsGovReader.ReadJson(new MemoryStream(), null!));
    }

    private static ClinicalTrialsGovSearchPage ReadInvalidPage()
    {
        using var stream = TestFiles.Open("ctgov-invalid/page-with-bad-records.json");
        return ClinicalTrialsGovReader.ReadSearchPage(stream, "page-with-bad-records.json");
    }
}
