using StemCell.Domain;
using StemCell.Domain.ClinicalTrialsGov;
using StemCell.Domain.Model;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>
/// Datasets other than the embedded sample for the layout tests to draw: what registry records make, and the same made
/// longer still, so the tests see ids, titles and lists as long as real data has them whatever the sample holds.
/// </summary>
internal static class Datasets
{
    /// <summary>The names of the datasets a test can be given as data: the embedded sample and the two below.</summary>
    internal static readonly string[] Names = ["sample", "registry", "stretched"];

    private static readonly Lazy<EvidenceDataset> RegistryValue = new(ImportRegistrySnapshots);
    private static readonly Lazy<EvidenceDataset> StretchedValue = new(() => Stretch(Registry));

    /// <summary>
    /// Gets the embedded sample's studies and the MS and ALS stem cell trials of the classic ClinicalTrials.gov snapshots
    /// (the ClinicalTrialsGov tests' <c>TestData/ctgov-classic</c>, whose README says what they are), imported by the
    /// library's importer: the shape of the dataset issue 12 embeds, some forty studies with ids such as
    /// <c>nct03280056</c> beside the sample's longer ones, registry titles and several institutions each.
    /// </summary>
    internal static EvidenceDataset Registry => RegistryValue.Value;

    /// <summary>
    /// Gets <see cref="Registry"/> with every id 25 characters longer and every title and institution name twice as
    /// long or longer: the worst case a layout has to survive.
    /// </summary>
    internal static EvidenceDataset Stretched => StretchedValue.Value;

    /// <summary>Returns the dataset of one of <see cref="Names"/>.</summary>
    internal static EvidenceDataset Named(string name) => name switch
    {
        "sample" => SampleDataset.Dataset,
        "registry" => Registry,
        "stretched" => Stretched,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a test dataset."),
    };

    private static EvidenceDataset ImportRegistrySnapshots()
    {
        var snapshots = RepositoryFiles.InRepository("tests", "StemCell.Domain.ClinicalTrialsGov.Tests", "TestData", "ctgov-classic");
        var dataset = ClinicalTrialsGovImporter.Import(
            new[] { "api", "csv" }.SelectMany(folder => ClinicalTrialsGovReader.ReadPath(Path.Combine(snapshots, folder))),
            _ => { });
        if (dataset.Studies.Length < 20)
        {
            throw new InvalidOperationException($"The registry snapshots under {snapshots} made only {dataset.Studies.Length} studies.");
        }

        var sample = SampleDataset.Dataset;
        var registryOnly = dataset.Studies.Where(study => !sample.Studies.Any(s => s.Id == study.Id));
        return new EvidenceDataset(
            sample.Sources.Concat(dataset.Sources.Where(source => !sample.Sources.Any(s => s.Id == source.Id))),
            sample.Studies.Concat(registryOnly));
    }

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
