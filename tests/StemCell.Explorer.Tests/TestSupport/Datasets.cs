using StemCell.Domain;
using StemCell.Domain.Model;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>
/// A dataset other than the embedded sample for the layout tests to draw: the sample (the seed article's studies and
/// some forty registry trials) made longer still, so the tests see ids, titles and lists longer than real data has them.
/// </summary>
internal static class Datasets
{
    /// <summary>The names of the datasets a test can be given as data: the embedded sample and the stretched copy.</summary>
    internal static readonly string[] Names = ["sample", "stretched"];

    private static readonly Lazy<EvidenceDataset> StretchedValue = new(() => Stretch(SampleDataset.Dataset));

    /// <summary>
    /// Gets the sample with every id 25 characters longer and every title and institution name twice as long or
    /// longer: the worst case a layout has to survive.
    /// </summary>
    internal static EvidenceDataset Stretched => StretchedValue.Value;

    /// <summary>Returns the dataset of one of <see cref="Names"/>.</summary>
    internal static EvidenceDataset Named(string name) => name switch
    {
        "sample" => SampleDataset.Dataset,
        "stretched" => Stretched,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a test dataset."),
    };

    private static EvidenceDataset Stretch(EvidenceDataset dataset) =>
        new(dataset.Sources, dataset.Studies.Select(study =>
        {
            var builder = study.ToBuilder();
            // 25 more columns: the longest (the sample's 32) become 57, which a block still shows whole at 80 columns
            // beside its longest header; an id wider than the terminal could not be whole on one line anywhere.
            builder.Id = $"{study.Id}-with-a-local-suffix-2026";
            builder.Title = $"{study.Title}: {study.Title}";
            var institutions = builder.Institutions.ToList();
            builder.Institutions.Clear();
            foreach (var institution in institutions)
            {
                builder.Institutions.Add(new Institution($"{institution.Name}, Department of Neurology and Stem Cell Research", institution.Country));
            }

            return builder.Build();
        }));
}
