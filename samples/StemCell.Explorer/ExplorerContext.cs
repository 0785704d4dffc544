using StemCell.Domain;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer;

/// <summary>What every command of one run shares: where output goes, and the dataset with its index.</summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error.</param>
/// <param name="style">How to draw tables.</param>
/// <param name="width">The width to lay rich output out in when it is not going to a terminal.</param>
/// <param name="dataset">The dataset the commands explore; the sample dataset when null (a test gives its own).</param>
internal sealed class ExplorerContext(TextWriter output, TextWriter error, OutputStyle style, int? width, EvidenceDataset? dataset = null)
{
    private readonly Lazy<Screen> _screen = new(() => Screen.Create(output, style, width));
    private readonly Lazy<DatasetIndex> _index = new(() => new DatasetIndex(dataset ?? SampleDataset.Dataset));

    /// <summary>Gets standard output, where data and JSON go.</summary>
    internal TextWriter Output => output;

    /// <summary>Gets standard error, where messages and problems go.</summary>
    internal TextWriter Error => error;

    /// <summary>Gets how the run was asked to draw its output.</summary>
    internal OutputStyle Style => style;

    /// <summary>Gets the screen that draws human-readable output on <see cref="Output"/>.</summary>
    internal Screen Screen => _screen.Value;

    /// <summary>Gets the dataset the commands explore: the sample dataset unless a test gave another.</summary>
    internal EvidenceDataset Dataset { get; } = dataset ?? SampleDataset.Dataset;

    /// <summary>Gets the index of <see cref="Dataset"/>, built on first use.</summary>
    internal DatasetIndex Index => _index.Value;
}
