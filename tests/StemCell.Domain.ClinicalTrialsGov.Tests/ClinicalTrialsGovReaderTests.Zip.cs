using System.IO.Compression;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>Bulk download zips: one JSON file per study, read entry by entry.</summary>
public sealed partial class ClinicalTrialsGovReaderTests
{
    [Fact]
    public void ReadZip_ZipOfTheRealRecords_ReadsEveryOneWithItsEntryAsSource()
    {
        var files = Directory.GetFiles(TestFiles.PathOf("ctgov-v2/records"), "*.json").Order(StringComparer.Ordinal).ToList();
        using var zip = ZipOf(files);

        var results = ClinicalTrialsGovReader.ReadZip(zip, "studies.zip").ToList();

        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), results.Select(r => r.Record!.NctId));
        Assert.Equal(files.Select(f => $"studies.zip!{Path.GetFileName(f)}"), results.Select(r => r.Source));
        Assert.Equal(Enumerable.Range(1, files.Count), results.Select(r => r.Position));
    }

    [Fact]
    public void ReadZip_StreamThatCannotSeek_ReadsTheSameStudies()
    {
        var files = Directory.GetFiles(TestFiles.PathOf("ctgov-v2/records"), "NCT0*.json").Order(StringComparer.Ordinal).ToList();
        using var zip = ZipOf(files);
        using var unseekable = new TestFiles.Trickle(zip);

        var results = ClinicalTrialsGovReader.ReadZip(unseekable, "studies.zip").ToList();

        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), results.Select(r => r.Record!.NctId));
    }

    [Fact]
    public void ReadZip_ZipOfAPageAndAnExport_ReadsEveryStudyOfEachEntry()
    {
        using var zip = ZipOf([
            TestFiles.PathOf("ctgov-v2/more/Jinash-Rouniyar__trial-match-ai__ctg-studies.json"),
            TestFiles.PathOf("ctgov-v2/more/cyanheads__clinicaltrialsgov-mcp-server__studies_2025-06-17T11-16-37-179Z.json"),
        ]);

        var results = ClinicalTrialsGovReader.ReadZip(zip, "mixed.zip").ToList();

        Assert.Equal(12, results.Count);
        Assert.Equal(Enumerable.Range(1, 12), results.Select(r => r.Position));
        Assert.Equal("NCT03934567", results[11].NctId);
        Assert.Equal("mixed.zip!cyanheads__clinicaltrialsgov-mcp-server__studies_2025-06-17T11-16-37-179Z.json", results[11].Source);
    }

    [Fact]
    public void ReadZip_OneBadEntry_ReportsItAndReadsTheOthers()
    {
        const string File = "zip-with-bad-entry.zip";
        using var stream = TestFiles.Open($"ctgov-invalid/{File}");

        var results = ClinicalTrialsGovReader.ReadZip(stream, File).ToList();

        Assert.Equal(["NCT00000021", "NCT00000022", "NCT00000023", "NCT00000024"], results.Select(r => r.NctId));
        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Position));
        Assert.NotNull(results[0].Record);
        Assert.NotNull(results[3].Record);
        Assert.Equal("zip-with-bad-entry.zip!NCT00000022.json", results[1].Source);
        Assert.StartsWith("zip-with-bad-entry.zip!NCT00000022.json, line 1, position ", results[1].Error, StringComparison.Ordinal);
        Assert.EndsWith(": ends before the JSON is complete (truncated?); expected a ClinicalTrials.gov API v2 study, search page or list of studies", results[1].Error, StringComparison.Ordinal);
        Assert.Equal("$.protocolSection.designModule.enrollmentInfo.count: expected a whole number of participants (0 or more), found the number -3", results[2].Error);
    }

    [Fact]
    public void ReadZip_NotAZip_Throws()
    {
        using var stream = TestFiles.Open("ctgov-invalid/html-error-page.json");

        var e = Assert.Throws<ClinicalTrialsGovFormatException>(() => ClinicalTrialsGovReader.ReadZip(stream, "page.zip").ToList());

        Assert.Equal("page.zip", e.InputName);
        Assert.Contains("is not a zip file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadZip_IsLazy_ReadsNothingUntilEnumerated()
    {
        using var stream = TestFiles.Open("ctgov-invalid/html-error-page.json");

        var results = ClinicalTrialsGovReader.ReadZip(stream, "page.zip");

        Assert.Equal(0, stream.Position);
        Assert.Throws<ClinicalTrialsGovFormatException>(() => results.First());
    }

    private static MemoryStream ZipOf(IEnumerable<string> files)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file), CompressionLevel.Fastest);
            }
        }

        zip.Position = 0;
        return zip;
    }
}
