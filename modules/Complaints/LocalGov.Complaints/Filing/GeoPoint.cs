using LocalGov.Platform.Web;

namespace LocalGov.Complaints.Filing;

/// <summary>A WGS84 position (the map pin) and the distance between two of them.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMeters = 6_371_000;

    /// <summary>Great-circle (haversine) distance in metres.</summary>
    public double DistanceTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
            (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Degrees of latitude and longitude that cover at least <paramref name="meters"/> around this point.</summary>
    public (double Lat, double Lon) Span(double meters)
    {
        var lat = meters / 111_000d;
        var lon = meters / (111_000d * Math.Max(0.01, Math.Cos(Latitude * Math.PI / 180)));
        return (lat, lon);
    }

    /// <summary>Both or neither: a latitude without a longitude is a mistake, and so is a value off the globe.</summary>
    public static GeoPoint? From(double? latitude, double? longitude)
    {
        if (latitude is null && longitude is null)
        {
            return null;
        }
        if (latitude is not { } lat || longitude is not { } lon)
        {
            throw new BusinessRuleException(new("ระบุทั้งละติจูดและลองจิจูด หรือปักหมุดบนแผนที่",
                "Give both latitude and longitude, or drop a pin on the map."), "lat");
        }
        if (double.IsNaN(lat) || double.IsNaN(lon) || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new BusinessRuleException(new("พิกัดไม่ถูกต้อง ละติจูดอยู่ระหว่าง -90 ถึง 90 และลองจิจูดระหว่าง -180 ถึง 180",
                "The position is not valid: latitude runs from -90 to 90 and longitude from -180 to 180."), "lat");
        }
        return new GeoPoint(lat, lon);
    }
}
