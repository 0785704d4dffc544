using System.Collections.Immutable;
using System.Globalization;

namespace StemCell.Domain.Model;

/// <summary>
/// Gathers the problems of a validation under their paths, so every check reports into the same list and the
/// caller sees every problem at once.
/// </summary>
internal sealed class ProblemCollector
{
    private readonly ImmutableArray<ValidationProblem>.Builder _problems = ImmutableArray.CreateBuilder<ValidationProblem>();

    internal bool IsEmpty => _problems.Count == 0;

    /// <summary>Joins a path and a path relative to it: <c>studies[2]</c> and <c>findings[0]</c> make <c>studies[2].findings[0]</c>.</summary>
    internal static string Combine(string path, string relativePath) =>
        path.Length == 0 ? relativePath
        : relativePath.Length == 0 ? path
        : relativePath[0] == '[' ? path + relativePath
        : path + "." + relativePath;

    /// <summary>The path of an element of a list property: <c>findings</c> and 0 make <c>findings[0]</c>.</summary>
    internal static string Element(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Adds a rule's problem under <paramref name="path"/>; a null message (the rule held) adds nothing.</summary>
    internal void Add(string path, string? message)
    {
        if (message is not null)
        {
            _problems.Add(new ValidationProblem(path, message));
        }
    }

    /// <summary>Adds problems found relative to <paramref name="path"/>, such as those of a value object's try path.</summary>
    internal void AddRange(string path, IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            _problems.Add(new ValidationProblem(Combine(path, problem.Path), problem.Message));
        }
    }

    internal ImmutableArray<ValidationProblem> ToImmutable() => _problems.ToImmutable();

    internal ValidationReport ToReport() => new(_problems.ToImmutable());
}
