using StemCell.Domain;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer;

/// <summary>What every command of one run shares: where output goes, and the sample dataset with its index.</summary>
internal sealed class ExplorerContext(TextWriter output, TextWriter error, OutputStyle style, int? width)
{
    private readonly Lazy<Screen> _screen = new(() => Screen.Create(output, style, width));
    private readonly Lazy<DatasetIndex> _index = new(() => new DatasetIndex(SampleDataset.Dataset));

    /// <summary>Gets standard output, where data and JSON go.</summary>
    internal TextWriter Output => output;

    /// <summary>Gets standard error, where messages and problems go.</summary>
    internal TextWriter Error => error;

    /// <summary>Gets how the run was asked to draw its output.</summary>
    internal OutputStyle Style => style;

    /// <summary>Gets the screen that draws human-readable output on <see cref="Output"/>.</summary>
    internal Screen Screen => _screen.Value;

    /// <summary>Gets the sample dataset.</summary>
    internal EvidenceDataset Dataset => SampleDataset.Dataset;

    /// <summary>Gets the index of the sample dataset, built on first use.</summary>
    internal DatasetIndex Index => _index.Value;
}
