using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovImportReportTests
{
    private static readonly string[] Keys =
    [
        "source", "position", "nctId", "outcome", "reason", "studyId", "phases", "overallStatus", "lastKnownStatus",
        "enrollmentCount", "enrollmentType", "startDate", "primaryCompletionDate", "completionDate", "conditions",
        "conditionMeshTerms", "leadSponsor", "hasResults", "derived", "notDerived", "warnings",
    ];

    [Fact]
    public void Write_ClassicAlsummit_WritesTheRegistryFactsInApiV2SpellingsAndTheDerivedPhrases()
    {
        var entry = Report(ClinicalTrialsGovReader.ReadPath(TestFiles.PathOf(Path.Combine("ctgov-classic", "api", "NCT04745299")))).Single();

        Assert.Equal(Keys, entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal("NCT04745299", entry.GetProperty("nctId").GetString());
        Assert.Equal("imported", entry.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("reason").ValueKind);
        Assert.Equal("nct04745299", entry.GetProperty("studyId").GetString());
        Assert.Equal(["PHASE3"], entry.GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("RECRUITING", entry.GetProperty("overallStatus").GetString());
        Assert.Equal(115, entry.GetProperty("enrollmentCount").GetInt32());
        Assert.Equal("ESTIMATED", entry.GetProperty("enrollmentType").GetString());
        Assert.Equal("2021-03-23", entry.GetProperty("startDate").GetString());
        Assert.Equal(["Amyotrophic Lateral Sclerosis"], entry.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Corestem, Inc.", entry.GetProperty("leadSponsor").GetString());
        var cellType = entry.GetProperty("derived").EnumerateArray().Single(d => d.GetProperty("vocabulary").GetString() == "stem-cell-type");
        Assert.Equal("mesenchymal", cellType.GetProperty("code").GetString());
        Assert.Equal("Mesenchymal stem cell", cellType.GetProperty("phrase").GetString());
    }

    [Fact]
    public void Write_FailedAndSkippedRecords_WriteTheirReasonAndNullsForWhatTheyLack()
    {
        using var otherDisease = TestFiles.Open(Path.Combine("derivation", "other-disease.json"));
        var entries = Report(
        [
            new ClinicalTrialsGovReadResult { Source = "broken.json", Position = 3, Error = "broken.json, line 1: not JSON." },
            ClinicalTrialsGovReader.ReadStudy(otherDisease, "other-disease.json"),
        ]);

        var failed = entries[0];
        Assert.Equal(Keys, failed.EnumerateObject().Select(p => p.Name));
        Assert.Equal("failed", failed.GetProperty("outcome").GetString());
        Assert.Equal("broken.json, line 1: not JSON.", failed.GetProperty("reason").GetString());
        Assert.Equal(3, failed.GetProperty("position").GetInt32());
        Assert.All(
            ["nctId", "studyId", "phases", "overallStatus", "enrollmentCount", "startDate", "conditions", "leadSponsor", "hasResults"],
            key => Assert.Equal(JsonValueKind.Null, failed.GetProperty(key).ValueKind));

        var skipped = entries[1];
        Assert.Equal("skipped", skipped.GetProperty("outcome").GetString());
        Assert.Equal("No condition is multiple sclerosis or ALS (conditions: Systemic Sclerosis).", skipped.GetProperty("reason").GetString());
        Assert.Equal(["PHASE1"], skipped.GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.False(skipped.GetProperty("hasResults").GetBoolean());
        Assert.Equal("D012595", skipped.GetProperty("conditionMeshTerms")[0].GetProperty("id").GetString());
        Assert.Empty(skipped.GetProperty("derived").EnumerateArray());
    }

    private static List<JsonElement> Report(IEnumerable<ClinicalTrialsGovReadResult> results)
    {
        using var stream = new MemoryStream();
        ClinicalTrialsGovImportReport.Write(stream, ClinicalTrialsGovImporter.Import(results).Entries);
        using var document = JsonDocument.Parse(stream.ToArray());
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
