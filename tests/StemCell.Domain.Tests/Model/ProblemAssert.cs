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

    internal static ValidationProblem Single(string path, ValidationReport report)
    {
        var problem = Assert.Single(report.Problems);
        Assert.Equal(path, problem.Path);
        return problem;
    }
}
