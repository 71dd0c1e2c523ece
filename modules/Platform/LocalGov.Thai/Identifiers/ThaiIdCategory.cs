namespace LocalGov.Thai;

/// <summary>
/// The person category encoded in the first digit of a national ID. Values equal the digit. Sources:
/// ninyawee.github.io/konjingjing/algorithm; boonmee.net (2010); th.wikipedia (see DOMAIN.md).
/// </summary>
public enum ThaiIdCategory
{
    /// <summary>
    /// 0: people without registration status; juristic-person tax IDs also start with 0.
    /// The exact sub-meanings are unconfirmed.
    /// </summary>
    NoRegistrationStatus = 0,

    /// <summary>1: Thai nationals whose birth was registered on time, from 1 January 1984 on.</summary>
    ThaiBirthRegisteredOnTime = 1,

    /// <summary>2: Thai nationals whose birth (from 1984 on) was registered late.</summary>
    ThaiBirthRegisteredLate = 2,

    /// <summary>3: Thai nationals and aliens in a house register when IDs started in 1984.</summary>
    InHouseRegisterIn1984 = 3,

    /// <summary>4: people who moved into a house register in 1984 without having an ID yet.</summary>
    MovedInWithoutIdIn1984 = 4,

    /// <summary>5: people added to a house register later (omitted earlier, or dual nationality).</summary>
    AddedToHouseRegisterLater = 5,

    /// <summary>6: temporary residents and illegal entrants.</summary>
    TemporaryResidentOrIllegalEntrant = 6,

    /// <summary>7: children of category 6 born in Thailand.</summary>
    ChildOfCategory6BornInThailand = 7,

    /// <summary>8: legal aliens and naturalized Thai nationals.</summary>
    AlienOrNaturalized = 8,

    /// <summary>9: reserved; not issued.</summary>
    Reserved = 9,
}
