namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>Every real registry file under TestData/ctgov-v2 reads with no error and gives the NCT numbers its provenance lists.</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    public static TheoryData<string> RecordFiles => [.. Directory.GetFiles(TestFiles.PathOf("ctgov-v2/records"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The files of ctgov-v2/more with the NCT numbers ctgov-v2-more/SOURCES.md lists for each (the 128-study export is checked separately).</summary>
    public static TheoryData<string, string[]> MoreFiles => new()
    {
        { "ctti-clinicaltrials__aact__NCT03281889.json", ["NCT03281889"] },
        { "ctti-clinicaltrials__aact__NCT06388018.json", ["NCT06388018"] },
        { "ctti-clinicaltrials__aact__initialize_participant_flow_data.json", ["NCT02299791"] },
        { "ctti-clinicaltrials__aact__central-data.json", ["NCT04523987"] },
        { "gowthamrao__py_load_clinicaltrialsgov__NCT04267848.json", ["NCT04267848"] },
        { "cyanheads__clinicaltrialsgov-mcp-server__studies_2025-06-17T11-15-33-773Z.json", ["NCT05147467"] },
        { "cyanheads__clinicaltrialsgov-mcp-server__studies_2025-06-17T11-16-37-179Z.json", ["NCT00184067", "NCT03934567"] },
        { "KyleVogelerSource__clinicalTrials__sampleResponse.json", ["NCT00711542"] },
        { "Jinash-Rouniyar__trial-match-ai__ctg-studies.json", ["NCT00410098", "NCT06751550", "NCT02753764", "NCT06133985", "NCT04650464", "NCT00712335", "NCT02967393", "NCT05915845", "NCT01738087", "NCT06863285"] },
        { "genomoncology__biomcp__trials_NCT04280705.json", ["NCT04280705"] },
        { "genomoncology__biomcp__get_nct02576665_20260811.json", ["NCT02576665"] },
        { "genomoncology__biomcp__get_nct06382129_20260811.json", ["NCT06382129"] },
        { "genomoncology__biomcp__get_nct06604689_20260811.json", ["NCT06604689"] },
        { "genomoncology__biomcp__search_age_count_20260811.json", ["NCT01595035"] },
        { "genomoncology__biomcp__search_keytruda_limit3_20260811.json", ["NCT05431270", "NCT03590054", "NCT04795661"] },
        { "genomoncology__biomcp__search_melanoma_recruiting_limit3_20260811.json", ["NCT06970236", "NCT04114136", "NCT04318717"] },
        { "genomoncology__biomcp__search_phelan_limit5_20260811.json", ["NCT02710084", "NCT05105685", "NCT01525901", "NCT03493607", "NCT07119606"] },
        { "genomoncology__biomcp__search_phelan_next_20260811.json", ["NCT05187377", "NCT03836300", "NCT07014020", "NCT05025241", "NCT07281079"] },
    };

    [Theory]
    [MemberData(nameof(RecordFiles))]
    public void ReadStudy_RealRecord_ReadsWithoutErrorOrWarning(string file)
    {
        using var stream = TestFiles.Open($"ctgov-v2/records/{file}");

        var result = ClinicalTrialsGovReader.ReadStudy(stream, file);

        Assert.Null(result.Error);
        Assert.Empty(result.Warnings);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Record!.NctId);
        Assert.Equal(result.Record.NctId, result.NctId);
        Assert.Equal(1, result.Position);
        Assert.Equal(file, result.Source);
    }

    [Theory]
    [MemberData(nameof(MoreFiles))]
    public void ReadJson_RealFile_ReadsEveryStudyInOrderWithoutError(string file, string[] nctIds)
    {
        using var stream = TestFiles.Open($"ctgov-v2/more/{file}");

        var results = ClinicalTrialsGovReader.ReadJson(stream, file).ToList();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.All(results, r => Assert.Empty(r.Warnings));
        Assert.Equal(nctIds, results.Select(r => r.Record!.NctId));
        Assert.Equal(Enumerable.Range(1, nctIds.Length), results.Select(r => r.Position));
    }

    [Fact]
    public void ReadJson_WebsiteExportOf128Studies_ReadsThemAll()
    {
        const string File = "UserZetsu__dtx-analysis__ctg-studies.json";
        using var stream = TestFiles.Open($"ctgov-v2/more/{File}");

        var results = ClinicalTrialsGovReader.ReadJson(stream, File).ToList();

        Assert.Equal(128, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(128, results.Select(r => r.NctId).Distinct().Count());
        Assert.Subset(results.Select(r => r.NctId).ToHashSet(), new HashSet<string?> { "NCT03569618", "NCT06113666", "NCT06136923", "NCT05440721", "NCT05584540", "NCT05031416" });
        Assert.All(results, r => Assert.Equal(new NodaTime.LocalDate(2025, 5, 7), r.Record!.DataVersion));
    }

    [Fact]
    public void ReadJson_EveryRealFile_Gives181StudiesOf168DistinctAnd13Records()
    {
        var files = Directory.GetFiles(TestFiles.PathOf("ctgov-v2/more"), "*.json").Concat(Directory.GetFiles(TestFiles.PathOf("ctgov-v2/records"), "*.json"));

        var ids = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            ids.AddRange(ClinicalTrialsGovReader.ReadJson(stream, file).Select(r => r.Record!.NctId));
        }

        Assert.Equal(181, ids.Count);
        Assert.Equal(168 + 13, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RecordFiles))]
    public void ReadStudy_OneByteAtATime_ReadsTheSameAsAtOnce(string file)
    {
        using var whole = TestFiles.Open($"ctgov-v2/records/{file}");
        using var trickle = new TestFiles.Trickle(TestFiles.Open($"ctgov-v2/records/{file}"));

        var expected = ClinicalTrialsGovReader.ReadStudy(whole, file).Record!;
        var actual = ClinicalTrialsGovReader.ReadStudy(trickle, file).Record!;

        Assert.Equal(RecordText(expected), RecordText(actual));
    }
}
