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
}
