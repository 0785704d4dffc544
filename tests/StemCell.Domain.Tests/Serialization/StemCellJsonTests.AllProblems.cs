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

    // A decimal holds 28 or 29 significant digits and 28 places; a number it would round is a problem, never a changed value.
    [Theory]
    // The enrollment's problem is its own alone: its actuality, given beside it, is not reported as one without an enrollment.
    [InlineData("\"enrollment\": 40", "\"enrollment\": 40.00000000000000000000000001", ".enrollment", "with a fraction")]
    [InlineData("\"amount\": 2000000", "\"amount\": 2000000.0000000000000000000000001", ".amount", "would round")]
    [InlineData("\"amount\": 2000000", "\"amount\": 1e-40", ".amount", "would round")]
    public void Read_ANumberADecimalWouldRound_IsAProblemNotARoundedValue(string original, string changedTo, string pathEnd, string saying)
    {
        var changed = ReplaceOnce(File.ReadAllText(RepositoryFiles.TestData("corpus-base-dataset.json")), original, changedTo);

        Assert.False(StemCellJson.TryDeserialize(changed, out _, out var problems));
        var problem = Assert.Single(problems);
        Assert.EndsWith(pathEnd, problem.Path, StringComparison.Ordinal);
        Assert.Contains(saying, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"enrollment\": 40", "\"enrollment\": 4.0e1")]
    [InlineData("\"enrollment\": 40", "\"enrollment\": 40.000000000000000000000000000")]
    [InlineData("\"amount\": 2000000", "\"amount\": 2.000000000000000000000e6")]
    [InlineData("\"amount\": 2000000", "\"amount\": 200000000000000000000000000000E-23")]
    public void Read_ANumberWrittenAnotherWayThatADecimalHoldsExactly_IsTheSameValue(string original, string changedTo)
    {
        var json = File.ReadAllText(RepositoryFiles.TestData("corpus-base-dataset.json"));

        Assert.True(StemCellJson.TryDeserialize(ReplaceOnce(json, original, changedTo), out var dataset, out var problems), string.Join("\n", problems));
        Assert.Equal(StemCellJson.Deserialize(json), dataset);
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

    private static string ReplaceOnce(string json, string original, string changedTo)
    {
        var at = json.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The base document has no {original}.");
        return string.Concat(json.AsSpan(0, at), changedTo, json.AsSpan(at + original.Length));
    }
}
