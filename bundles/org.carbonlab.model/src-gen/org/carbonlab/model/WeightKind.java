/**
 */
package org.carbonlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Weight Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.carbonlab.model.ModelPackage#getWeightKind()
 * @model
 * @generated
 */
public enum WeightKind implements Enumerator {
	/**
	 * The '<em><b>Contiguity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTIGUITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONTIGUITY(0, "contiguity", "contiguity"),

	/**
	 * The '<em><b>Distance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	DISTANCE(1, "distance", "distance"),

	/**
	 * The '<em><b>Inverse Distance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERSE_DISTANCE_VALUE
	 * @generated
	 * @ordered
	 */
	INVERSE_DISTANCE(2, "inverseDistance", "inverseDistance"),

	/**
	 * The '<em><b>KNearest</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNEAREST_VALUE
	 * @generated
	 * @ordered
	 */
	KNEAREST(3, "kNearest", "kNearest"),

	/**
	 * The '<em><b>Economic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIC(4, "economic", "economic"),

	/**
	 * The '<em><b>Custom</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(5, "custom", "custom");

	/**
	 * The '<em><b>Contiguity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTIGUITY
	 * @model name="contiguity"
	 * @generated
	 * @ordered
	 */
	public static final int CONTIGUITY_VALUE = 0;

	/**
	 * The '<em><b>Distance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTANCE
	 * @model name="distance"
	 * @generated
	 * @ordered
	 */
	public static final int DISTANCE_VALUE = 1;

	/**
	 * The '<em><b>Inverse Distance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVERSE_DISTANCE
	 * @model name="inverseDistance"
	 * @generated
	 * @ordered
	 */
	public static final int INVERSE_DISTANCE_VALUE = 2;

	/**
	 * The '<em><b>KNearest</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNEAREST
	 * @model name="kNearest"
	 * @generated
	 * @ordered
	 */
	public static final int KNEAREST_VALUE = 3;

	/**
	 * The '<em><b>Economic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC
	 * @model name="economic"
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIC_VALUE = 4;

	/**
	 * The '<em><b>Custom</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model name="custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Weight Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WeightKind[] VALUES_ARRAY =
		new WeightKind[] {
			CONTIGUITY,
			DISTANCE,
			INVERSE_DISTANCE,
			KNEAREST,
			ECONOMIC,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Weight Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WeightKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Weight Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WeightKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Weight Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WeightKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Weight Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WeightKind get(int value) {
		switch (value) {
			case CONTIGUITY_VALUE: return CONTIGUITY;
			case DISTANCE_VALUE: return DISTANCE;
			case INVERSE_DISTANCE_VALUE: return INVERSE_DISTANCE;
			case KNEAREST_VALUE: return KNEAREST;
			case ECONOMIC_VALUE: return ECONOMIC;
			case CUSTOM_VALUE: return CUSTOM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private WeightKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //WeightKind
