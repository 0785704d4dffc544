using System.Text.Json;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.AspNetCore.Tests;

public sealed class StemCellProblemDetailsTests
{
    [Fact]
    public void FromJsonException_StemCellJsonException_KeysEveryProblemByItsPath()
    {
        var dataset = TestSupport.ValidDataset();
        dataset["studies"]![0]!["enrollment"] = -3;
        dataset["studies"]![1]!["title"] = " padded";
        dataset["studies"]![1]!["findings"]![0]!["quote"] = "";
        var error = Assert.Throws<StemCellJsonException>(() => StemCellJson.Deserialize(dataset.ToJsonString()));

        var problem = StemCellProblemDetails.FromJsonException(error);

        Assert.Equal(400, problem.Status);
        Assert.Equal(StemCellProblemDetails.InvalidBodyTitle, problem.Title);
        Assert.Equal(error.Problems.Select(p => p.Path).Distinct(), problem.Errors.Keys);
        Assert.Equal(error.Problems.Length, problem.Errors.Values.Sum(m => m.Length));
        Assert.Equal(3, problem.Errors.Count);
    }

    [Fact]
    public void FromJsonException_PlainJsonException_IsOneErrorAtItsPathWithAOneBasedLine()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, int>>("{\"a\":\n  \"x\"}"));

        var problem = StemCellProblemDetails.FromJsonException(error);

        var (path, messages) = Assert.Single(problem.Errors);
        Assert.Equal("$.a", path);
        var message = Assert.Single(messages);
        Assert.EndsWith("(line 2, position 6)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromProblems_ProblemsAtOnePath_AreListedTogetherInOrder()
    {
        var problem = StemCellProblemDetails.FromProblems(
        [
            new ValidationProblem("$.studies[0].title", "first"),
            new ValidationProblem("$.studies[1].id", "other"),
            new ValidationProblem("$.studies[0].title", "second"),
        ]);

        Assert.Equal(["first", "second"], problem.Errors["$.studies[0].title"]);
        Assert.Equal(["other"], problem.Errors["$.studies[1].id"]);
        Assert.Equal("3 problems; see errors, keyed by JSON path.", problem.Detail);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("exception", () => StemCellProblemDetails.FromJsonException(null!));
        Assert.Throws<ArgumentNullException>("problems", () => StemCellProblemDetails.FromProblems(null!));
    }
}
