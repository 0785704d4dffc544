using System.Text.Json;
using StemCell.Domain.Serialization;
using StemCell.Domain.Tests.TestSupport;

namespace StemCell.Domain.Tests.Serialization;

/// <content>Every problem of a document at once: the model's validation runs even when some parts failed to map.</content>
public partial class StemCellJsonTests
{
    [Fact]
    public void Deserialize_ValueProblemAndModelProblemInDifferentStudies_ReportsBoth()
    {
        var json = Combine("numerator-above-denominator.json", "course-of-another-disease.json");

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(json));
        var typeInfoError = Assert.Throws<StemCellJsonException>(() => JsonSerializer.Deserialize(json, StemCellJson.DatasetTypeInfo));

        string[] expected = ["$.studies[0].findings[0].result.numerator", "$.studies[1].courses[0]"];
        Assert.Equal(expected, error.Problems.Select(p => p.Path));
        Assert.Equal(expected, typeInfoError.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Deserialize_SourceThatFailedAndModelProblem_DoesNotReportTheSourceAsUnknown()
    {
        var json = Combine("unknown-claim-code.json", "course-of-another-disease.json");

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(json));

        Assert.Equal(["$.sources[0].claims[0].code", "$.studies[1].courses[0]"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Deserialize_StudyThatFailedBeforeAStudyBreakingAModelRule_ReportsTheRuleAtTheDocumentsIndex()
    {
        // studies[0] fails to map, so the built dataset holds the second study at index 0; the path must still be the document's.
        var json = Combine("padded-title.json", "course-of-another-disease.json");

        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(json));

        Assert.Equal(["$.studies[0].title", "$.studies[1].courses[0]"], error.Problems.Select(p => p.Path));
    }

    // Every corpus file these tests combine is the format 1.0 base document with one line changed, so two files' changes
    // can be made in one document.
    private static string Combine(string first, string second)
    {
        var original = File.ReadAllLines(RepositoryFiles.TestData(Format10Document));
        var lines = original.ToArray();
        foreach (var file in new[] { first, second })
        {
            var changed = File.ReadAllLines(RepositoryFiles.TestData(Path.Combine("json-invalid", file)));
            Assert.Equal(lines.Length, changed.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                if (changed[i] != original[i])
                {
                    lines[i] = changed[i];
                }
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Read_ATimeFrameTooLongForAPeriod_IsAProblemNotACrash()
    {
        var json = File.ReadAllText(RepositoryFiles.TestData("corpus-base-dataset.json"));
        var at = json.IndexOf("\"timeFrame\": \"", StringComparison.Ordinal);
        Assert.True(at > 0);
        var end = json.IndexOf('"', at + 14);
        var changed = json[..(at + 14)] + "P2147483648D" + json[end..];

        Assert.False(StemCellJson.TryDeserialize(changed, out _, out var problems));
        var problem = Assert.Single(problems);
        Assert.EndsWith(".timeFrame", problem.Path, StringComparison.Ordinal);
        Assert.Contains("'P2147483648D'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ACodeWrittenWithEscapesLongerThanItself_IsItsCode()
    {
        var json = File.ReadAllText(RepositoryFiles.TestData("corpus-base-dataset.json"));
        var escaped = string.Concat("amyotrophic-lateral-sclerosis".Select(c => $"\\u{(int)c:x4}"));
        var changed = json.Replace("\"disease\": \"amyotrophic-lateral-sclerosis\"", $"\"disease\": \"{escaped}\"", StringComparison.Ordinal);
        Assert.NotEqual(json, changed);

        Assert.True(StemCellJson.TryDeserialize(changed, out var dataset, out var problems), string.Join("\n", problems));
        Assert.Equal(StemCellJson.Deserialize(json), dataset);
    }
}
