using StemCell.Domain;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Serialization;

namespace StemCell.Api;

/// <summary>
/// The dataset the API serves: the one embedded in the library, or the dataset document named by the configuration
/// value <c>Dataset:Path</c> (<c>--Dataset:Path=studies.json</c>, or the environment variable <c>Dataset__Path</c>).
/// </summary>
internal sealed class StudyCatalog(DatasetIndex index, string origin)
{
    /// <summary>Gets the index of the dataset, for queries and lookups by id.</summary>
    public DatasetIndex Index { get; } = index;

    /// <summary>Gets where the dataset came from: <c>embedded</c> or the file's path.</summary>
    public string Origin { get; } = origin;

    /// <summary>
    /// Loads the configured dataset, strictly. Program.cs loads it at start-up, so a file that cannot be read or is not a
    /// valid dataset stops the application with a message.
    /// </summary>
    public static StudyCatalog Load(IConfiguration configuration)
    {
        var path = configuration["Dataset:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return new StudyCatalog(new DatasetIndex(SampleDataset.Dataset), "embedded");
        }

        using var stream = File.OpenRead(path);
        return new StudyCatalog(new DatasetIndex(StemCellJson.Deserialize(stream)), Path.GetFullPath(path));
    }

    /// <summary>Finds a study by its id, as written (ids are lower-case slugs).</summary>
    public bool TryGetStudy(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Study? study) =>
        Index.TryGetStudy(id, out study);
}
