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
		fName:           1.750,
		fAlt:            1.400,
		fDemonym:        1.500,
		fAbbrev:         0.000,
		fStripped:       -0.300,
		fPhonetic:       -1.000,
		fPop:            3.000,
		fCountry:        1.500,
		fADM1:           2.062,
		fADM2:           0.750,
		fCapital:        0.938,
		fAdminSeat:      0.113,
		fRegion:         0.250,
		fPPLX:           -0.500,
		fCtxCity:        0.800,
		fCtxAdmin:       1.000,
		fCtxCountry:     1.000,
		fCtxAdminOnCity: 0.000,
		fContainer:      2.000,
		fShareCountry:   2.000,
		fShareAdmin1:    3.250,
		fNear:           1.375,
		fRelation:       3.000,
		fFacilityTown:   0.000,
		fUSDefault:      -0.125,
		fAdminPop:       1.458,
		fAdminHasCity:   -1.000,
	},
	Temp: 1.000,
}

// InitialWeights are the hand-set weights tuning started from (a second
// fold of cross-validation starts here too, so it never sees the first
// fold's tuning).
var InitialWeights = Weights{
	F: [numFeatures]float64{
		fName: 2.0, fAlt: 1.4, fDemonym: 1.5, fAbbrev: 1.0, fStripped: -0.3, fPhonetic: -1.0,
		fPop: 3.0, fCountry: 2.5, fADM1: 1.5, fADM2: 0.5, fCapital: 0.5, fAdminSeat: 0.3,
		fRegion: 1.5, fPPLX: -0.5, fCtxCity: 0.8, fCtxAdmin: 1.5, fCtxCountry: 1.0,
		fCtxAdminOnCity: -1.0, fContainer: 3.0, fShareCountry: 2.0, fShareAdmin1: 2.5, fNear: 1.5,
		fRelation: 3.0, fFacilityTown: 0.5, fUSDefault: 0, fAdminPop: 1.5, fAdminHasCity: -0.5,
	},
	Temp: 1.0,
}
