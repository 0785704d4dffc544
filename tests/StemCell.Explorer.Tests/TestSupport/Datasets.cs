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
    /// Gets the MS and ALS stem cell trials of the classic ClinicalTrials.gov snapshots (the ClinicalTrialsGov tests'
    /// <c>TestData/ctgov-classic</c>, whose README says what they are), imported by the library's importer: about forty
    /// studies with ids such as <c>nct03280056</c>, registry titles and several institutions each.
    /// </summary>
    internal static EvidenceDataset Registry => RegistryValue.Value;

    /// <summary>
    /// Gets <see cref="Registry"/> with every id, title, institution name and note made several times longer than any
    /// real one: the worst case a layout has to survive.
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
        return dataset.Studies.Length >= 20
            ? dataset
            : throw new InvalidOperationException($"The registry snapshots under {snapshots} made only {dataset.Studies.Length} studies.");
    }

    private static EvidenceDataset Stretch(EvidenceDataset dataset) =>
        new(dataset.Sources, dataset.Studies.Select(study =>
        {
            var builder = study.ToBuilder();
            builder.Id = $"{study.Id}-a-local-identifier-longer-than-any-registry-gives";
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
