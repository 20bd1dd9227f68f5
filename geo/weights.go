package geo

// Weights are the resolver's feature weights and the temperature of the
// candidate probabilities the document evidence is built from.
type Weights struct {
	F    [numFeatures]float64
	Temp float64
}

func (w *Weights) dot(f *[numFeatures]float64) float64 {
	s := 0.0
	for i, v := range f {
		if v != 0 {
			s += v * w.F[i]
		}
	}
	return s
}

func (w *Weights) vector() [numFeatures]float64 { return w.F }

// FeatureNames lists the features in weight order.
func FeatureNames() []string { return featureNames[:] }

// DefaultWeights were tuned on the even-numbered documents of LGL and
// TR-News (see docs/bench/geo.md for the command and the held-out scores).
var DefaultWeights = Weights{
	F: [numFeatures]float64{
		fName:           2.0,
		fAlt:            1.4,
		fDemonym:        1.5,
		fAbbrev:         1.0,
		fStripped:       -0.3,
		fPhonetic:       -1.0,
		fPop:            3.0,
		fCountry:        2.5,
		fADM1:           1.5,
		fADM2:           0.5,
		fCapital:        0.5,
		fAdminSeat:      0.3,
		fRegion:         1.5,
		fPPLX:           -0.5,
		fCtxCity:        0.8,
		fCtxAdmin:       1.5,
		fCtxCountry:     1.0,
		fCtxAdminOnCity: -1.0,
		fContainer:      3.0,
		fShareCountry:   2.0,
		fShareAdmin1:    2.5,
		fNear:           1.5,
		fRelation:       3.0,
		fFacilityTown:   0.5,
		fUSDefault:      0.0,
		fAdminPop:       1.5,
	},
	Temp: 1.0,
}
