using System.Collections.Immutable;
using StemCell.Domain.Model;

namespace StemCell.Domain.Tests.Model;

/// <summary>Asserts on validation problems by their paths, which are the stable part; messages are checked separately.</summary>
internal static class ProblemAssert
{
    internal static void Paths(IEnumerable<string> expected, ImmutableArray<ValidationProblem> problems) =>
        Assert.Equal(expected, problems.Select(p => p.Path));

    internal static void Paths(IEnumerable<string> expected, ValidationReport report)
    {
        Assert.Equal(expected, report.Problems.Select(p => p.Path));
        Assert.False(report.IsValid);
    }

    /// <summary>
    /// Asserts that a try path reported a rule as the constructor throws it: the exception's message (which the BCL
    /// follows with the parameter or the actual value), at the parameter's name unless another path is given.
    /// </summary>
    internal static void AsThrown(ArgumentException thrown, ValidationProblem problem, string? path = null)
    {
        Assert.Equal(path ?? thrown.ParamName, problem.Path);
        Assert.StartsWith(problem.Message, thrown.Message, StringComparison.Ordinal);
    }

    internal static ValidationProblem Single(string path, ValidationReport report)
    {
        var problem = Assert.Single(report.Problems);
        Assert.Equal(path, problem.Path);
        return problem;
    }
}
