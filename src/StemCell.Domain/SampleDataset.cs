using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Domain;

/// <summary>
/// The curated sample dataset shipped inside the library: every study, outcome, benefit and challenge that its
/// sources state, and nothing they do not.
/// </summary>
/// <remarks>
/// <para>
/// Its first source is a secondary report on stem cell therapy for multiple sclerosis and ALS: the phase II trial of
/// mesenchymal stem cells in relapsing-remitting MS reported from the University of Cambridge in 2023, the autologous
/// HSCT study in secondary progressive MS at the Cleveland Clinic in 2023, and the 2023 Johns Hopkins study of neural
/// stem cells injected into the spinal cord in ALS, with the article's key benefits, challenges, diseases and cell
/// types as the source's claims. The article names no registry ids, enrollment numbers, publications, routes or
/// months, so these three studies have none; its notes record the article's own inconsistency (trials "in 2023",
/// strides "in 2024").
/// </para>
/// <para>
/// Its body is the 41 MS and ALS mesenchymal stem cell trials of ClinicalTrials.gov snapshots from October 2022
/// (NurOwn, lenzumestrocel, MESEMS and others, phase 1 to phase 3, completed to recruiting), imported by
/// StemCell.Domain.ClinicalTrialsGov. Each study cites the registry records it came from (their URL and data date;
/// their notes say they are old snapshots), keeps every value it read from a record's free text with the phrase as
/// evidence, and has a value from the reviewed curation only where a record states it. The document is generated from
/// those records, the seed article's dataset and the curation by a documented command (see the repository's
/// <c>src/StemCell.Domain/SampleData/README.md</c>); a test fails when it differs.
/// </para>
/// <para>
/// The document is embedded in the assembly and read, validated and cached on first use, once, thread-safely; it
/// works unchanged in trimmed and NativeAOT-published applications.
/// </para>
/// </remarks>
public static class SampleDataset
{
    private const string ResourceName = "StemCell.Domain.SampleData.sample-dataset.json";

    private static readonly Lazy<EvidenceDataset> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the sample dataset.</summary>
    /// <value>The dataset, read from the embedded document on first use.</value>
    /// <exception cref="StemCellJsonException">The embedded document is not valid (a defect of this library; a test prevents it).</exception>
    public static EvidenceDataset Dataset => Loaded.Value;

    /// <summary>Opens the embedded dataset document.</summary>
    /// <returns>A read-only stream of the document's UTF-8 JSON; the caller disposes it.</returns>
    public static Stream OpenJson() =>
        typeof(SampleDataset).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(SampleDataset).Assembly.GetName().Name}.");

    private static EvidenceDataset Load()
    {
        // The resource is already in memory, mapped with the assembly for the life of the process, so it is read in
        // place: copying it first (through a growing buffer, then into an array of its size) was a fifth of a NativeAOT
        // process's first read of the dataset, as every page of a fresh copy costs the process a page fault.
        using var stream = OpenJson();
        if (stream is UnmanagedMemoryStream inMemory)
        {
            unsafe
            {
                return StemCellJson.Deserialize(new ReadOnlySpan<byte>(inMemory.PositionPointer, checked((int)inMemory.Length)));
            }
        }

        return StemCellJson.Deserialize(stream);
    }
}
