
namespace StemCell.Domain.Model;

/// <summary>Whom a finding applies to: all participants, or a subgroup described in the source's own words.</summary>
/// <remarks>
/// Sources often qualify a result with a vague quantifier ("some patients", "many participants") that gives no
/// number; a subgroup keeps that wording as it stands rather than turning it into a proportion nobody stated.
/// When a source gives the share, use <see cref="AllParticipants"/> with a <see cref="Proportion"/> result instead
/// ("80% of participants showed no signs of disease progression"). Equality: equal when both are all participants,
/// or both are subgroups with the same description (ordinal comparison).
/// </remarks>
public sealed record Population
{
    private Population(string? description)
    {
        Description = description;
    }

    /// <summary>Gets the population of all participants of the study.</summary>
    /// <value>The population whose <see cref="IsAllParticipants"/> is <see langword="true"/>.</value>
    public static Population AllParticipants { get; } = new(description: null);

    /// <summary>Gets a value indicating whether the finding applies to all participants.</summary>
    /// <value><see langword="true"/> for <see cref="AllParticipants"/>; <see langword="false"/> for a subgroup.</value>
    public bool IsAllParticipants => Description is null;

    /// <summary>Gets the source's description of the subgroup.</summary>
    /// <value>Words such as "some patients", or null for all participants.</value>
    public string? Description { get; }

    /// <summary>Creates the population of a subgroup of participants, described in the source's words.</summary>
    /// <param name="description">The source's description, such as "some patients" or "many participants".</param>
    /// <returns>The subgroup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space, or starts or ends with white space.</exception>
    public static Population Subgroup(string description) => new(Preconditions.CheckNotBlank(description));

    /// <summary>Creates the population of a subgroup, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The subgroup, or null when a problem was added.</returns>
    internal static Population? CreateSubgroup(ProblemCollector problems, string description) =>
        problems.Keep(problems.Count, new Population(Preconditions.CheckNotBlank(description, problems)));

    /// <summary>Describes the population.</summary>
    /// <returns><c>all participants</c>, or the subgroup's description.</returns>
    public override string ToString() => Description ?? "all participants";
}
