using System.Globalization;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Peak memory of streaming validation: each size is read by <see cref="StemCellJson.ReadStudiesAsync"/> in a fresh
/// process of its own (<see cref="PeakMemory"/>). The baseline is the same process reading a document of no studies.
/// </summary>
internal static class StreamingMemory
{
    private static readonly int[] DefaultSizes = [0, 10_000, 100_000, 1_000_000];

    internal static int Run(string[] args)
    {
        if (args is ["--child", var size])
        {
            var studies = int.Parse(size, CultureInfo.InvariantCulture);
            return PeakMemory.Report(studies, () => ReadAllAsync(studies).GetAwaiter().GetResult());
        }

        var results = PeakMemory.Sizes(args, "--studies", DefaultSizes)
            .Select(studies => PeakMemory.Measure("memory", "--child", studies.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        PeakMemory.Print("Studies", "study", results);
        return 0;
    }

    internal static async Task<int> ReadAllAsync(int studies)
    {
        await using var document = SyntheticData.DocumentStream(studies);
        var read = 0;
        await foreach (var _ in StemCellJson.ReadStudiesAsync(document).ConfigureAwait(false))
        {
            read++;
        }

        return read;
    }
}
