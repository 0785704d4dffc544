using System.Collections.Immutable;

namespace StemCell.Domain.Model;

/// <summary>The one rule for every list of source ids: it cites at least one source, and only sources the dataset holds.</summary>
internal static class SourceCitations
{
    internal static void Validate(
        ProblemCollector problems, string path, ImmutableArray<string> sourceIds, string subject, IReadOnlySet<string>? knownSourceIds)
    {
        if (sourceIds.IsEmpty)
        {
            problems.Add(path, $"{subject} must cite at least one source.");
            return;
        }

        if (knownSourceIds is null)
        {
            return;
        }

        for (var i = 0; i < sourceIds.Length; i++)
        {
            if (!knownSourceIds.Contains(sourceIds[i]))
            {
                problems.Add(ProblemCollector.Element(path, i), $"'{sourceIds[i]}' is not the id of a source in this dataset.");
            }
        }
    }
}
